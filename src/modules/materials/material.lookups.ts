import type { EntityManager } from 'typeorm';

export interface MaterialSummary {
  id: string;
  code: string;
  status: string;
  gtin: string | null;
}

/** The materials of these ids that exist, unordered: for other modules, inside their transaction. */
export async function materialSummaries(manager: EntityManager, materialIds: readonly string[]): Promise<MaterialSummary[]> {
  if (materialIds.length === 0) return [];
  return manager.query('SELECT id, code, status, gtin FROM material WHERE id = ANY($1)', [materialIds]);
}
