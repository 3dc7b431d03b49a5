import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** A file the app renders on request (an invoice PDF, a report as CSV), with the name it downloads as. */
export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

/** For the API: the document as the response body, shown inline where the client can. */
export function asFile(document: RenderedDocument): StreamableFile {
  return new StreamableFile(typeof document.body === 'string' ? Buffer.from(document.body, 'utf8') : document.body, {
    type: document.contentType,
    disposition: `inline; filename="${document.fileName}"`,
  });
}

/** For the pages: the document as a download. */
export function sendDocument(reply: FastifyReply, document: RenderedDocument) {
  return reply
    .header('content-type', document.contentType)
    .header('content-disposition', `attachment; filename="${document.fileName}"`)
    .send(document.body);
}
