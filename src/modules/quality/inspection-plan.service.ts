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
import { CharacteristicEntity, InspectionPlanEntity } from './inspection.entities';
import { CharacteristicKind } from './quality.enums';
import { compareDecimal } from './verdict';
import type { CreateInspectionPlanInput } from './quality-inputs.types';

export const PLAN_SPEC: EntitySpec<InspectionPlanEntity> = { entity: InspectionPlanEntity, subject: 'InspectionPlan', alias: 'ip', columns: { id: 'id' } };

export function listPlans(ctx: RequestContext, args: ConnectionArgs, materialIds?: string[], filter?: ChangeWindowFilter): Promise<Connection<InspectionPlanEntity>> {
  const qb = authorizedQuery(ctx, PLAN_SPEC);
  if (materialIds) qb.andWhere('ip.material_id = ANY(:m)', { m: materialIds });
  return paginate(qb, args, [{ column: 'ip.id', direction: SortDirection.ASC, value: (p) => p.id }], filter);
}

/** A new plan version; the previous active plan of the same material and type is superseded, never changed. */
export async function createInspectionPlan(ctx: RequestContext, input: CreateInspectionPlanInput): Promise<InspectionPlanEntity> {
  assertCan(ctx, 'create', 'InspectionPlan');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  if (!Number.isInteger(input.sampleSize) || input.sampleSize < 1 || input.sampleSize > 500) v.fail('sampleSize', 'The sample size is 1 to 500');
  if (input.characteristics.length === 0) v.fail('characteristics', 'A plan needs at least one characteristic');
  input.characteristics.forEach((c, i) => {
    v.text('characteristics', c.name, 200);
    if (c.kind === CharacteristicKind.QUANTITATIVE) {
      if (!c.lowerLimit || !c.upperLimit) v.fail('characteristics', `Characteristic ${i + 1} needs lower and upper limits`);
      else if (compareDecimal(c.lowerLimit, c.upperLimit) > 0) v.fail('characteristics', `Characteristic ${i + 1}: the lower limit is above the upper one`);
    }
  });
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    if (!(await findMaterial(tx, input.materialId))) fail(ErrorCode.NOT_FOUND, `No material ${input.materialId}`, ['input', 'materialId']);
    const [{ next }]: { next: number }[] = await tx.manager.query('SELECT coalesce(max(plan_version), 0) + 1 AS next FROM inspection_plan WHERE material_id = $1 AND type = $2', [
      input.materialId,
      input.type,
    ]);
    await tx.manager.update(InspectionPlanEntity, { materialId: input.materialId, type: input.type, status: 'ACTIVE' }, { status: 'SUPERSEDED' });
    const plan = await tx.manager.save(
      tx.manager.create(InspectionPlanEntity, {
        id: newId('ipl'),
        materialId: input.materialId,
        type: input.type,
        planVersion: next,
        status: 'ACTIVE',
        sampleSize: input.sampleSize,
        customFields: {},
        version: 1,
      }),
    );
    await tx.manager.save(
      input.characteristics.map((c, i) =>
        tx.manager.create(CharacteristicEntity, {
          id: newId('ich'),
          planId: plan.id,
          seq: i + 1,
          name: c.name.trim(),
          kind: c.kind,
          nominal: c.nominal ?? null,
          lowerLimit: c.kind === CharacteristicKind.QUANTITATIVE ? (c.lowerLimit as string) : null,
          upperLimit: c.kind === CharacteristicKind.QUANTITATIVE ? (c.upperLimit as string) : null,
          unit: c.unit ?? null,
        }),
      ),
    );
    audit({ action: 'CREATE', entityType: 'InspectionPlan', entityId: plan.id, reason, changes: [{ field: 'plan', old: null, new: { ...input, planVersion: next } }] });
    return plan;
  });
}
