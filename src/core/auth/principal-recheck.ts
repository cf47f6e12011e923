import type { Principal } from './principal';

/** For each of `subjects` the database refuses, why (e.g. the account was deactivated). */
export type SubjectRefusals = (subjects: string[]) => Promise<Map<string, string>>;

const NONE = Promise.resolve(null);

/**
 * Re-checks the principals of long-lived sessions (WebSocket subscriptions), which outlive the
 * check at connect: an expired token, or an account deactivated since. Database answers are
 * cached per subject for `maxAgeMs`, and look-ups made in the same tick share one query, so
 * an event fanned out to thousands of subscribers costs at most one statement per interval.
 */
export class PrincipalRecheck {
  private readonly answers = new Map<string, { at: number; refusal: Promise<string | null>; settled?: string | null }>();
  private queued = new Map<string, { resolve: (r: string | null) => void; reject: (e: unknown) => void }>();

  constructor(
    private readonly refusals: SubjectRefusals,
    private readonly maxAgeMs = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null while `principal` may still act; otherwise why not. Database answers may be `maxAgeMs` old. */
  refusal(principal: Principal): Promise<string | null> {
    const expired = this.expiry(principal);
    return expired ?? this.accountRefusal(principal);
  }

  /**
   * `refusal` without waiting, when its answer is known now (the token's expiry, or a recent
   * settled answer from the database); undefined when only `refusal` can tell. An event fanned
   * out to thousands of subscribers then costs no promise per delivery.
   */
  refusalNow(principal: Principal): string | null | undefined {
    if (principal.kind !== 'user') return null;
    if (principal.expiresAt !== undefined && principal.expiresAt * 1000 < this.now()) return 'The token expired; reconnect with a fresh one';
    const answer = this.answers.get(principal.id);
    return answer && this.now() - answer.at < this.maxAgeMs ? answer.settled : undefined;
  }

  /**
   * Only the account's side of `refusal` (its token was just verified, with the verifier's clock
   * tolerance): null while it is not deactivated, from the cache when recent enough.
   */
  accountRefusal(principal: Principal): Promise<string | null> {
    if (principal.kind !== 'user') return NONE;
    const answer = this.answers.get(principal.id);
    if (answer && this.now() - answer.at < this.maxAgeMs) return answer.refusal;
    return this.ask(principal.id);
  }

  /** Like `refusal`, but never from the cache (a new subscription is checked as strictly as a connection). */
  fresh(principal: Principal): Promise<string | null> {
    return this.expiry(principal) ?? this.ask(principal.id);
  }

  /**
   * Drops a cached answer, e.g. once the account was deactivated. A look-up still queued runs
   * after this, so it reads the change; one already running loses its place in the cache.
   */
  forget(subject: string): void {
    if (!this.queued.has(subject)) this.answers.delete(subject);
  }

  private expiry(principal: Principal): Promise<string | null> | undefined {
    if (principal.kind !== 'user') return NONE;
    const { expiresAt } = principal;
    if (expiresAt !== undefined && expiresAt * 1000 < this.now()) return Promise.resolve('The token expired; reconnect with a fresh one');
    return undefined;
  }

  private ask(subject: string): Promise<string | null> {
    const pending = this.queued.get(subject);
    if (pending) return this.answers.get(subject)!.refusal;
    const refusal = new Promise<string | null>((resolve, reject) => {
      this.queued.set(subject, { resolve, reject });
    });
    this.answers.set(subject, { at: this.now(), refusal });
    if (this.queued.size === 1) setImmediate(() => void this.flush());
    return refusal;
  }

  private async flush(): Promise<void> {
    const batch = this.queued;
    this.queued = new Map();
    const stale = this.now() - this.maxAgeMs;
    for (const [subject, { at }] of this.answers) if (at < stale && !batch.has(subject)) this.answers.delete(subject);
    try {
      const refused = await this.refusals([...batch.keys()]);
      for (const [subject, { resolve }] of batch) {
        const refusal = refused.get(subject) ?? null;
        const answer = this.answers.get(subject);
        if (answer) answer.settled = refusal;
        resolve(refusal);
      }
    } catch (err) {
      for (const [subject, { reject }] of batch) {
        this.answers.delete(subject);
        reject(err);
      }
    }
  }
}
