import { parseBarcode } from 'gs1-barcode-parser-mod';
import { normalizeGtin } from './gtin';

/** The device and production identifiers of a UDI (21 CFR 830, EU MDR art. 27). */
export interface ParsedUdi {
  gtin: string;
  lot: string | null;
  serial: string | null;
  expiresOn: string | null;
  manufacturedOn: string | null;
}

export type UdiParseResult = { ok: true; udi: ParsedUdi } | { ok: false; message: string };

const GS = String.fromCharCode(29);
// Symbology identifiers a scanner may put in front: GS1-128, GS1 DataMatrix, GS1 QR.
const SYMBOLOGY_PREFIX = /^\](C1|d2|Q3|e0)/;
// Keyboard-wedge scanners cannot type ASCII 29 and send the literal text `<GS>` instead.
const TYPED_GS = /<GS>/gi;
// GS1's character set 82 has no whitespace, so spaces (a person typing the human-readable form) are never data.
const WHITESPACE = /\s+/g;

/** The text a person or scanner sent, reduced to a GS1 element string the parser reads. */
function normalize(input: string): string {
  return input
    .replace(TYPED_GS, GS)
    .replace(WHITESPACE, '')
    .replace(SYMBOLOGY_PREFIX, '')
    .replace(new RegExp(`^${GS}+`), '');
}

/**
 * Parses a GS1 element string, parenthesised `(01)...(17)...(10)...` (spaces allowed, as typed
 * from the human-readable line) or raw with FNC1 as ASCII 29 or the literal `<GS>` a keyboard
 * wedge sends, with the maintained gs1-barcode-parser-mod; checks the GTIN's check digit ourselves.
 */
export function parseUdi(input: string): UdiParseResult {
  const text = normalize(input);
  if (text === '') return { ok: false, message: 'The UDI is empty' };
  let items;
  try {
    items = parseBarcode(text).parsedCodeItems;
  } catch (err) {
    return { ok: false, message: `Not a GS1 element string: ${String(err)}` };
  }
  const find = (ai: string) => items.find((i) => i.ai === ai);
  const gtinElement = find('01');
  if (!gtinElement) return { ok: false, message: 'The UDI has no (01) GTIN' };
  const gtin = normalizeGtin(String(gtinElement.raw));
  if (!gtin) return { ok: false, message: `GTIN ${gtinElement.raw} has a wrong check digit` };
  return {
    ok: true,
    udi: {
      gtin,
      lot: find('10')?.raw ?? null,
      serial: find('21')?.raw ?? null,
      expiresOn: find('17')?.isoDate || null,
      manufacturedOn: find('11')?.isoDate || null,
    },
  };
}
