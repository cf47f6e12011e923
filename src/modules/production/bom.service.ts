import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery, type EntitySpec } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import type { ChangeWindowFilter } from '../../core/graphql/change-window';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { findMaterial } from '../materials/material.service';
import { MaterialStatus } from '../materials/material.enums';
import { BomEntity, BomLineEntity } from './bom.entity';
import type { CreateBomInput } from './production-inputs.types';

export const BOM_SPEC: EntitySpec<BomEntity> = { entity: BomEntity, subject: 'Bom', alias: 'b', columns: { id: 'id' } };

export function listBoms(ctx: RequestContext, args: ConnectionArgs, productMaterialIds?: string[], filter?: ChangeWindowFilter): Promise<Connection<BomEntity>> {
  const qb = authorizedQuery(ctx, BOM_SPEC);
  if (productMaterialIds) qb.andWhere('b.product_material_id = ANY(:pm)', { pm: productMaterialIds });
  return paginate(qb, args, [{ column: 'b.id', direction: SortDirection.ASC, value: (b) => b.id }], filter);
}

export function bomLines(ctx: RequestContext, bomId: string): Promise<BomLineEntity[]> {
  return ctx.manager.find(BomLineEntity, { where: { bomId }, order: { lineNo: 'ASC' } });
}

/** A BOM revision of a product: components (not the product itself, no repeats) with quantities and substitutes. */
export async function createBom(ctx: RequestContext, input: CreateBomInput): Promise<BomEntity> {
  assertCan(ctx, 'create', 'Bom');
  const v = new InputValidator();
  const revision = v.text('revision', input.revision, 16);
  const reason = v.text('reason', input.reason, 2000);
  if (input.lines.length === 0) v.fail('lines', 'A BOM needs at least one line');
  const components = input.lines.map((l) => l.componentMaterialId);
  if (new Set(components).size !== components.length) v.fail('lines', 'A component appears on two lines');
  input.lines.forEach((l, i) => {
    if (Number(l.quantityPer) <= 0) v.fail('lines', `Line ${i + 1}: quantityPer must be greater than zero`);
    if (l.componentMaterialId === input.productMaterialId || l.substituteMaterialIds?.includes(input.productMaterialId)) v.fail('lines', `Line ${i + 1}: a product cannot contain itself`);
  });
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const referenced = [input.productMaterialId, ...components, ...input.lines.flatMap((l) => l.substituteMaterialIds ?? [])];
    for (const id of new Set(referenced)) {
      const material = await findMaterial(tx, id);
      if (!material) fail(ErrorCode.NOT_FOUND, `No material ${id}`, ['input', 'lines']);
      if (material.status === MaterialStatus.OBSOLETE) fail(ErrorCode.VALIDATION_FAILED, `Material ${material.code} is obsolete`, ['input', 'lines']);
    }
    if (await tx.manager.existsBy(BomEntity, { productMaterialId: input.productMaterialId, revision })) {
      fail(ErrorCode.DUPLICATE, `The product already has BOM revision ${revision}`, ['input', 'revision']);
    }
    const bom = await tx.manager.save(
      tx.manager.create(BomEntity, {
        id: newId('bom'),
        productMaterialId: input.productMaterialId,
        revision,
        status: 'ACTIVE',
        customFields: {},
        version: 1,
      }),
    );
    const lines = input.lines.map((l, i) =>
      tx.manager.create(BomLineEntity, {
        id: newId('bml'),
        bomId: bom.id,
        lineNo: i + 1,
        componentMaterialId: l.componentMaterialId,
        quantityPer: l.quantityPer,
        substituteMaterialIds: [...new Set(l.substituteMaterialIds ?? [])],
      }),
    );
    await tx.manager.save(lines);
    audit({
      action: 'CREATE',
      entityType: 'Bom',
      entityId: bom.id,
      reason,
      changes: [{ field: 'lines', old: null, new: lines.map((l) => ({ component: l.componentMaterialId, quantityPer: l.quantityPer, substitutes: l.substituteMaterialIds })) }],
    });
    return bom;
  });
}
