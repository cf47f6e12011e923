declare module 'gs1-barcode-parser-mod' {
  export interface ParsedElement {
    ai: string;
    dataTitle: string;
    /** Dates come back as Date objects, other values as strings or numbers. */
    data: string | number | Date;
    unit: string;
    /** YYYY-MM-DD for date elements, '' otherwise. */
    isoDate: string;
    raw: string;
  }
  export interface ParsedBarcode {
    codeName: string;
    parsedCodeItems: ParsedElement[];
  }
  export function parseBarcode(barcode: string): ParsedBarcode;
}
