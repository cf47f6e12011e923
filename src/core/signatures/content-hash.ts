import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json';

/** sha256 over the canonical JSON of what was signed: record type, id, version and content. */
export function signedContentHash(recordType: string, recordId: string, version: number, content: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson({ recordType, recordId, version, content })).digest('hex');
}
