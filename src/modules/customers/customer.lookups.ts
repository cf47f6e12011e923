import type { EntityManager } from 'typeorm';

/** A customer's status (ACTIVE, ...), or null when there is no such customer: for other modules, inside their transaction. */
export async function customerStatus(manager: EntityManager, customerId: string): Promise<string | null> {
  const [row]: { status: string }[] = await manager.query('SELECT status FROM customer WHERE id = $1', [customerId]);
  return row?.status ?? null;
}
