/** What the previous release held, as read through its API: the new release must read the same. */
export interface ManifestRecord {
  type: string;
  id: string;
  /** The query that reads it (`$id`); its fields are the previous release's. */
  query: string;
  /** The fields of `query`: what the new release reads the record with. */
  selection: string;
  /** `node`: by `nodes(ids:)`; otherwise through the list that listed it (types without node(id:)). */
  readBy: 'node' | { list: string; parentArg?: string; parent?: string };
  values: Record<string, unknown>;
}

export interface IdempotentReplay {
  name: string;
  actor: { sub: string; name: string; roles: string[]; supplierId?: string };
  query: string;
  variables: Record<string, unknown>;
  /** The body (data and errors) of the first response under the key. */
  firstResponse: unknown;
  /**
   * The previous release's answer to a replay once the data set was done: a replay re-reads
   * the records the first response named (their later versions), so this, not firstResponse,
   * is what the new release must answer exactly.
   */
  response: unknown;
}

export interface AuditVerification {
  valid: boolean;
  checkedEntries: number;
  reason?: string | null;
}

export interface Manifest {
  commit: string;
  createdAt: string;
  records: ManifestRecord[];
  counts: Record<string, number>;
  droppedFields: Record<string, string[]>;
  unreadable: { type: string; id: string }[];
  auditTrail: AuditVerification;
  replays: IdempotentReplay[];
  /** What the data set did and what it could not do against that release. */
  dataSet: { done: string[]; skipped: string[] };
}
