import type { LotEntity } from './lot.entity';
import { LOT } from './lot.declaration';

/** The Lot type, its connection and list inputs come from its declaration (lot.declaration.ts). */
export const { objectType: Lot, connection: LotConnection, filterInput: LotFilter, orderInput: LotOrder } = LOT;
export type Lot = LotEntity;
export type LotFilter = InstanceType<typeof LotFilter>;
export type LotOrder = InstanceType<typeof LotOrder>;
