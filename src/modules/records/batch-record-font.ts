import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * Noto Sans SC (SIL Open Font License, from the @expo-google-fonts/noto-sans-sc package) covers
 * Chinese, Japanese kana, Latin, Greek and Cyrillic: the customers' records are in Chinese and
 * English. PDFKit embeds only the glyphs a document uses (a subset), so a record stays small.
 */
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

export interface BatchRecordFonts {
  /** The parsed fonts, for PDFKit to embed. */
  faces: Record<FontWeight, fontkit.Font>;
  /** True when every weight has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

let loaded: BatchRecordFonts | undefined;

const parse = (file: string) => fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;

/** Read and parsed once per process: the files are about 10 MB each. */
export function batchRecordFonts(): BatchRecordFonts {
  if (loaded) return loaded;
  const faces = { regular: parse(FILES.regular), bold: parse(FILES.bold) };
  loaded = { faces, covers: (codePoint) => faces.regular.hasGlyphForCodePoint(codePoint) && faces.bold.hasGlyphForCodePoint(codePoint) };
  return loaded;
}

/**
 * A character the font has no glyph for would print as an empty box that extracts as a wrong
 * character: in a batch record, a wrong name. Such characters become '?' and the caller is told.
 * Line breaks and tabs become spaces; other control characters are dropped.
 */
export function printable(text: string, fonts: BatchRecordFonts = batchRecordFonts()): { text: string; replaced: boolean } {
  let replaced = false;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\r' || ch === '\t') out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (fonts.covers(code)) out += ch;
    else {
      out += '?';
      replaced = true;
    }
  }
  return { text: out, replaced };
}
