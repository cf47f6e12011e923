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
    try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
  });`;

/** The text a PDF reader extracts from the document, pages in order. */
export function pdfText(pdf: ArrayBuffer | Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { cwd: path.resolve(__dirname, '../..'), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`PDF text extraction failed: ${stderr || err.message}`));
      else resolve(stdout);
    });
    child.stdin!.end(pdf instanceof Uint8Array ? pdf : Buffer.from(pdf));
  });
}
