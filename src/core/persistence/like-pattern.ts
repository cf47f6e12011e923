/** Escapes LIKE wildcards so user text matches literally (use with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for a case-insensitive substring search. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text%` for a prefix search. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
