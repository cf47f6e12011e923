/**
 * The server runs in the test's process, so moving this process's `Date` moves the server's
 * clock: today's date, due dates, expiry, calibration and signing-password ages all read it. Only
 * `Date` is replaced, and it keeps running from the new moment; timers and ticks stay real, and
 * PostgreSQL's own `now()` is not moved (use it only for what a test does not judge by date).
 */
export function moveClockForward(days: number): void {
  jest.useFakeTimers({
    now: Date.now() + days * 86_400_000,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Back to the real clock. */
export function restoreClock(): void {
  jest.useRealTimers();
}
