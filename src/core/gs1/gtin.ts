/**
 * GS1 GTIN validation. Accepts GTIN-8, -12, -13 or -14 and returns the 14-digit form
 * (left-padded with zeros) when the mod-10 check digit is right, or null otherwise.
 */
export function normalizeGtin(input: string): string | null {
  if (!/^\d+$/.test(input) || ![8, 12, 13, 14].includes(input.length)) return null;
  const gtin = input.padStart(14, '0');
  return gtinCheckDigit(gtin.slice(0, 13)) === Number(gtin[13]) ? gtin : null;
}

/** Check digit for the 13 leading digits of a GTIN-14 (weights 3,1,3,... from the left). */
export function gtinCheckDigit(first13: string): number {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(first13[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}
