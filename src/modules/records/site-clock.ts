/**
 * Times as the batch record prints them: the server's UTC instant, and beside it the wall clock
 * of the lot's site with its UTC offset at that instant (so a summer and a winter time read right).
 */
export class SiteClock {
  private readonly local: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.local = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
  }

  /** `2026-03-01 16:30:00 +08:00`: the site's wall clock with its offset. */
  localTime(at: Date): string {
    const part: Record<string, string> = {};
    for (const p of this.local.formatToParts(at)) part[p.type] = p.value;
    // longOffset is "GMT+08:00", or plain "GMT" where the offset is zero.
    const offset = part.timeZoneName === 'GMT' ? '+00:00' : part.timeZoneName.replace('GMT', '');
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second} ${offset}`;
  }

  /** `2026-03-01 08:30:00 UTC (local 2026-03-01 16:30:00 +08:00)`; '-' when there is no time. */
  format(at: Date | null): string {
    if (!at) return '-';
    return `${at.toISOString().replace('T', ' ').slice(0, 19)} UTC (local ${this.localTime(at)})`;
  }
}
