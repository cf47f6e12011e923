import type { GraphQLError } from 'graphql';
import { subscriberTooSlow } from '../graphql/errors';

/**
 * A push-to-pull bridge: the relay pushes events, a subscription pulls them as an async
 * iterator. The queue is bounded; a subscriber that falls that far behind is disconnected
 * rather than allowed to grow memory without limit, and told so (SUBSCRIBER_TOO_SLOW) rather
 * than completed, so that it resumes instead of silently missing events.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private closed = false;
  private overflow: GraphQLError | null = null;
  private overflowReported = false;
  /** An event went to the consumer, which has not asked for the next one yet (so may not have sent it). */
  private handedOut = false;

  constructor(
    private readonly onClose: () => void,
    private readonly maxQueue = 1000,
  ) {}

  /** True once events were dropped because the subscriber did not keep up. */
  get overflowed(): boolean {
    return this.overflow !== null;
  }

  /** True when every event pushed has been taken and the consumer came back for more: all were sent. */
  get settled(): boolean {
    return this.closed || (this.queue.length === 0 && !this.handedOut);
  }

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.handedOut = true;
      resolve({ value, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueue) {
      this.overflow = subscriberTooSlow();
      void this.return();
      return;
    }
    this.queue.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    this.handedOut = this.queue.length > 0;
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.overflow && !this.overflowReported) {
      this.overflowReported = true;
      return Promise.reject(this.overflow);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.queue.length = 0;
      this.onClose();
      if (this.waiting) {
        this.waiting({ value: undefined, done: true });
        this.waiting = null;
      }
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
