import { PDFParse } from 'pdf-parse';
import type { Response } from 'superagent';

/** The text of a PDF and its number of pages, read by pdf-parse as a PDF reader would. */
export async function readPdf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await readPdf(pdf)).text;
}

/** For supertest's `.buffer(true).parse(asBuffer)`: a binary body (PDF, ZIP) as one Buffer. */
export function asBuffer(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
