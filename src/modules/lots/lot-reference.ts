import type { RequestContext } from '../../core/context';
import { findMaterial } from '../materials/material.service';
import type { LotEntity } from './lot.entity';

/**
 * How messages name a lot. A lot number is unique only within its material (two materials may
 * both have a lot 0001), so a person is told the material code with it; machines get the id.
 */
export interface LotReference extends Record<string, string> {
  lotId: string;
  lotNumber: string;
  materialId: string;
  materialCode: string;
}

/** "lot 240101-0001 of CVC-7F" (`word` "Lot" to start a sentence): the lot number and the material code, what a person can look up. */
export function lotLabel(ref: Pick<LotReference, 'materialCode' | 'lotNumber'>, word: 'lot' | 'Lot' = 'lot'): string {
  return `${word} ${ref.lotNumber} of ${ref.materialCode}`;
}

/** The lot's reference, its material's code read through the materials module. */
export async function lotReference(ctx: RequestContext, lot: Pick<LotEntity, 'id' | 'lotNumber' | 'materialId'>): Promise<LotReference> {
  const material = await findMaterial(ctx, lot.materialId);
  if (!material) throw new Error(`Lot ${lot.id} names a material ${lot.materialId} that does not exist`);
  return { lotId: lot.id, lotNumber: lot.lotNumber, materialId: lot.materialId, materialCode: material.code };
}
