import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { UserErrorsException } from '../../core/graphql/user-error';
import { renderBatchRecordPdf } from './batch-record.pdf';
import { deviceHistoryRecord } from './device-history-record.service';

export const BATCH_RECORD_PATH = '/records/lots/:id/batch-record';

/** Builds the request context exactly as the GraphQL endpoint does (Bearer JWT -> principal -> ability). */
export type RequestContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

function refuse(res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The status an expected failure maps to; null for the unexpected. */
function statusOf(err: unknown): { status: number; code: string; message: string } | null {
  if (err instanceof GraphQLError) {
    if (err.extensions.code === 'UNAUTHENTICATED') return { status: 401, code: 'UNAUTHENTICATED', message: err.message };
    if (err.extensions.code === 'FORBIDDEN') return { status: 403, code: 'FORBIDDEN', message: err.message };
  }
  if (err instanceof UserErrorsException && err.errors[0]?.code === ErrorCode.NOT_FOUND) {
    return { status: 404, code: ErrorCode.NOT_FOUND, message: err.errors[0].message };
  }
  return null;
}

/** Lot numbers follow each material's own pattern; keep the download name to safe characters. */
const fileName = (lotNumber: string) => `batch-record-${lotNumber.replace(/[^\w.-]/g, '_')}.pdf`;

/** GET /records/lots/{id}/batch-record: the lot's batch record as a PDF download. */
export function batchRecordRoute(contextOf: RequestContextFactory): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await contextOf(req, res);
      if (ctx.principal.kind === 'anonymous') return refuse(res, 401, 'UNAUTHENTICATED', 'Authentication required');
      const record = await deviceHistoryRecord(ctx, String(req.params.id));
      const pdf = await renderBatchRecordPdf(record);
      res
        .status(200)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${fileName(record.lot.lotNumber)}"`,
          'Cache-Control': 'no-store',
        })
        .send(pdf);
    } catch (err) {
      const refusal = statusOf(err);
      if (refusal) return refuse(res, refusal.status, refusal.code, refusal.message);
      next(err);
    }
  };
}
