/** Windows-1252 characters beyond Latin-1 that PDF's standard fonts (WinAnsiEncoding) can show. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function showable(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch);
}

/**
 * PDF's standard fonts cover WinAnsi only: anything else would print as wrong glyphs, which in a
 * batch record would be a wrong name. Such characters become '?' and the caller is told.
 */
export function toWinAnsi(text: string): { text: string; replaced: boolean } {
  let replaced = false;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (showable(ch)) out += ch;
    else if (ch === '\n' || ch === '\t') out += ' ';
    else {
      out += '?';
      replaced = true;
    }
  }
  return { text: out, replaced };
}
