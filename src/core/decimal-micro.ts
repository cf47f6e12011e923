/**
 * Exact arithmetic on numeric(20,6) amounts as integers of millionths (BigInt), for the few
 * sums done in code rather than SQL (allocating stock across lots). Inputs are decimal strings.
 */
export function toMicro(value: string): bigint {
  const negative = value.startsWith('-');
  const [int, frac = ''] = (negative ? value.slice(1) : value).split('.');
  if (!/^\d+$/.test(int) || !/^\d*$/.test(frac) || frac.length > 6) throw new Error(`Not a numeric(20,6) amount: ${value}`);
  const micro = BigInt(int) * 1_000_000n + BigInt(frac.padEnd(6, '0') || '0');
  return negative ? -micro : micro;
}

export function fromMicro(micro: bigint): string {
  const negative = micro < 0n;
  const abs = negative ? -micro : micro;
  const int = abs / 1_000_000n;
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

export const minMicro = (a: bigint, b: bigint): bigint => (a < b ? a : b);
