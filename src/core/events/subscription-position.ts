/**
 * Where one subscription on a resuming graphql-ws connection stands. A client that reconnects
 * sends, per subscription id, the position it had reached; the subscription then continues after
 * it (in place of its `after:` argument) and tells the client every new position: where it starts,
 * before any of its events, and the event id of each result. Positions are outbox event ids, so
 * any process on the database can resume a subscription another one served.
 */
export class SubscriptionPosition {
  private last: string | null = null;

  constructor(
    /** The position the client had reached on this subscription id, if it reconnected. */
    readonly resumeAfter: string | null,
    /** Sends the client the position the subscription starts from, before any of its events. */
    private readonly announce: (position: string) => void,
  ) {}

  /** The subscription starts after `position` (its resume point, or where the live stream begins). */
  started(position: string): void {
    this.announce(position);
  }

  /** An event goes out to the client now: the position its result carries. */
  delivered(eventId: string): void {
    this.last = eventId;
  }

  /** The event of the result being sent, if it carries one. */
  get lastDelivered(): string | null {
    return this.last;
  }
}
