/**
 * Probes until `ok` holds or `timeoutMs` passes, and returns the last value either way: the
 * test's own assertion on it then says what was wrong.
 */
export async function probeUntil<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
