import { validationFailed } from './errors';

export type CursorValue = string | number | boolean | null;

/** Cursors carry the ordering key values and the id of the row; opaque to clients. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, argName: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every(isCursorValue)) {
      return values as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw validationFailed(`"${argName}" is not a cursor of this list and ordering`, argName);
}

function isCursorValue(v: unknown): v is CursorValue {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}
