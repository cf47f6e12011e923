import type { EntityManager } from 'typeorm';

/** Which of these nonconformance ids exist: for other modules (a CAPA names the nonconformances it answers). */
export async function existingNonconformanceIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query('SELECT id FROM nonconformance WHERE id = ANY($1)', [ids]);
  return new Set(rows.map((r) => r.id));
}
