import { LOT } from './lot.declaration';

/** Row scopes: a SUPPLIER reads only the lots it supplied (declared in lot.declaration.ts). */
export const LOT_SPEC = LOT.spec;
