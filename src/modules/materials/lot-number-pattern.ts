import { addDays } from '../../core/dates';
export const DEFAULT_LOT_NUMBER_PATTERN = '{YY}{MM}{DD}-{SEQ:4}';

/**
 * Internal lot numbers from a per-material pattern. Tokens: {YY} {YYYY} {MM} {DD} (UTC date of
 * creation), {MAT} (material code), {SEQ:n} (the material's next sequence value, zero-padded to
 * n digits). The sequence alone makes a number unique per material.
 */
export function formatLotNumber(pattern: string, materialCode: string, sequence: number, now: Date = new Date()): string {
  const yyyy = String(now.getUTCFullYear());
  const values: Record<string, string> = {
    YYYY: yyyy,
    YY: yyyy.slice(2),
    MM: String(now.getUTCMonth() + 1).padStart(2, '0'),
    DD: String(now.getUTCDate()).padStart(2, '0'),
    MAT: materialCode,
  };
  return pattern.replace(/\{(YYYY|YY|MM|DD|MAT|SEQ(?::(\d{1,2}))?)\}/g, (_m, token: string, width?: string) =>
    token.startsWith('SEQ') ? String(sequence).padStart(Number(width ?? 1), '0') : values[token],
  );
}

/** A pattern is usable if it has a {SEQ} token and only known tokens. */
export function lotNumberPatternProblem(pattern: string): string | null {
  if (!/\{SEQ(:\d{1,2})?\}/.test(pattern)) return 'The lot number pattern needs a {SEQ} or {SEQ:n} token';
  const unknown = pattern.replace(/\{(YYYY|YY|MM|DD|MAT|SEQ(:\d{1,2})?)\}/g, '').match(/[{}]/);
  if (unknown) return 'The lot number pattern has an unknown {token}';
  if (pattern.length > 64) return 'The lot number pattern must be at most 64 characters';
  return null;
}

/** Expiry from the material's shelf life: manufacture date (or receipt date) plus shelf-life days. */
export function expiryFromShelfLife(start: string, shelfLifeDays: number): string {
  return addDays(start, shelfLifeDays);
}
