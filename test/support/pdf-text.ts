import { execFile } from 'node:child_process';
import path from 'node:path';

/**
 * pdf-parse (pdfjs inside) starts its worker with a native dynamic import(), which Jest's module
 * sandbox refuses; the extraction runs in a plain Node process instead.
 */
const EXTRACT = `
  const { PDFParse } = require('pdf-parse');
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
    const parser = new PDFParse({ data: Buffer.concat(chunks) });
    try {
      const result = await parser.getText();
      process.stdout.write(JSON.stringify({ text: result.text, pages: result.pages.map((p) => p.text) }));
    } finally { await parser.destroy(); }
  });`;

/** What a PDF reader extracts: the whole text, pages in order, and each page's own text. */
export interface PdfText {
  text: string;
  pages: string[];
}

/** The text a PDF reader extracts from the document, whole and per page. */
export function pdfContent(pdf: ArrayBuffer | Uint8Array): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { cwd: path.resolve(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`PDF text extraction failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as PdfText);
    });
    child.stdin!.end(pdf instanceof Uint8Array ? pdf : Buffer.from(pdf));
  });
}

/** The text a PDF reader extracts from the document, pages in order. */
export async function pdfText(pdf: ArrayBuffer | Uint8Array): Promise<string> {
  return (await pdfContent(pdf)).text;
}
