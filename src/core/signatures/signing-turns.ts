/**
 * Queues work per key inside this process, one at a time in arrival order. The signing attempts of
 * one signer wait here rather than each holding a pooled connection while it waits for the
 * signer's row lock: a burst for one signer occupies one connection of this process, not all.
 */
export class SigningTurns {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
