import type { EntityList } from '../db/data-source';
import { AuditEntryEntity } from '../core/audit/audit-entry.entity';
import { ElectronicSignatureEntity } from '../core/signatures/electronic-signature.entity';
import { MODULES } from '../modules';

/** Every entity of the server: the platform's own and each module's. */
export function serverEntities(): EntityList {
  return [AuditEntryEntity, ElectronicSignatureEntity, ...MODULES.flatMap((m) => m.entities)];
}
