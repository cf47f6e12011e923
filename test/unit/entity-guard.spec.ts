import 'reflect-metadata';
import { GraphQLID, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLResolveInfo } from 'graphql';
import { defineAbilityFor } from '../../src/core/authz/ability';
import { entityGuarded } from '../../src/core/authz/entity-guard';
import { guardSchema } from '../../src/core/authz/guard-schema';
import type { Principal } from '../../src/core/auth/principal';
import type { Role } from '../../src/core/authz/role';
import type { GraphQLContext } from '../../src/core/graphql/graphql-context';

/** A schema shaped like the API's: Lot rows (SUPPLIER reads only its own), signatures, a Node interface. */
const Node = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: GraphQLID } }, resolveType: () => 'Lot' });
const Signature = new GraphQLObjectType({ name: 'ElectronicSignature', fields: { id: { type: GraphQLID }, printedName: { type: GraphQLString } } });
const Lot = new GraphQLObjectType({
  name: 'Lot',
  interfaces: [Node],
  fields: { id: { type: GraphQLID }, supplierId: { type: GraphQLID }, signatures: { type: new GraphQLList(new GraphQLNonNull(Signature)) } },
});
const Query = new GraphQLObjectType({
  name: 'Query',
  fields: {
    lots: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Lot))) },
    lotsOrNull: { type: new GraphQLList(Lot) },
    lot: { type: Lot },
    root: { type: new GraphQLNonNull(Lot) },
    node: { type: Node },
  },
});
const schema = new GraphQLSchema({ query: Query, types: [Lot] });

const principal = (role: Role): Principal => ({ kind: 'user', id: `u-${role}`, name: role, roles: [role], supplierId: 'sup_a', siteIds: [] });
const ours = { id: 'lot_1', supplierId: 'sup_a' };
const theirs = { id: 'lot_2', supplierId: 'sup_b' };

/** Runs the guard on `parent.field` as `role`, with `value` as what the resolver returns. */
async function guarded(role: Role, parent: GraphQLObjectType, field: string, value: unknown) {
  const next = jest.fn(async () => value);
  const info = { parentType: parent, fieldName: field, schema, returnType: parent.getFields()[field].type } as unknown as GraphQLResolveInfo;
  const context = { ctx: { ability: defineAbilityFor(principal(role)), principal: principal(role) } } as unknown as GraphQLContext;
  const resolve = entityGuarded(parent.getFields()[field] as never, next)!;
  // A refusal may be thrown synchronously (before the resolver runs): both reach the caller as a rejection.
  const result = Promise.resolve().then(() => resolve({}, {}, context, info));
  return { result, next };
}

describe('the entity guard on a field that returns rows of an entity type', () => {
  it('refuses with FORBIDDEN, before the resolver loads anything, a caller who may read no row of the type', async () => {
    const { result, next } = await guarded('SUPPLIER', Lot, 'signatures', [{ id: 'sig_1', printedName: 'QA' }]);
    await expect(result).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(next).not.toHaveBeenCalled();
  });

  it('serves the rows to a caller who may read them', async () => {
    const { result } = await guarded('QA_INSPECTOR', Lot, 'signatures', [{ id: 'sig_1', printedName: 'QA' }]);
    await expect(result).resolves.toEqual([{ id: 'sig_1', printedName: 'QA' }]);
  });

  it("leaves a row outside the caller's scope out of a list, or nulls it in place where the list allows null, without an error", async () => {
    await expect((await guarded('SUPPLIER', Query, 'lots', [ours, theirs])).result).resolves.toEqual([ours]);
    await expect((await guarded('SUPPLIER', Query, 'lotsOrNull', [theirs, ours])).result).resolves.toEqual([null, ours]);
    await expect((await guarded('AUDITOR', Query, 'lots', [ours, theirs])).result).resolves.toEqual([ours, theirs]);
  });

  it('answers null for a single row outside the scope, and refuses one the schema does not let be null', async () => {
    await expect((await guarded('SUPPLIER', Query, 'lot', theirs)).result).resolves.toBeNull();
    await expect((await guarded('SUPPLIER', Query, 'lot', ours)).result).resolves.toBe(ours);
    await expect((await guarded('SUPPLIER', Query, 'root', theirs)).result).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('checks each record of an interface field by its own type, answering null without an error', async () => {
    class LotRecord {
      static readonly typeName = 'Lot';
      constructor(
        readonly id: string,
        readonly supplierId: string,
      ) {}
    }
    await expect((await guarded('SUPPLIER', Query, 'node', new LotRecord('lot_2', 'sup_b'))).result).resolves.toBeNull();
    await expect((await guarded('SALES', Query, 'node', new LotRecord('lot_2', 'sup_b'))).result).resolves.toEqual(new LotRecord('lot_2', 'sup_b'));
  });
});

describe('guards put on the schema once', () => {
  const Plain = new GraphQLObjectType({ name: 'ApiInfoLike', fields: { version: { type: GraphQLString } } });
  const Root = new GraphQLObjectType({ name: 'Query', fields: { info: { type: Plain }, lot: { type: Lot, resolve: () => ours } } });
  const guardedSchema = guardSchema(new GraphQLSchema({ query: Root, types: [Lot] }));
  const context = (role: Role) => ({ ctx: { ability: defineAbilityFor(principal(role)), principal: principal(role) } }) as unknown as GraphQLContext;
  const infoOf = (parent: GraphQLObjectType, field: string) =>
    ({ parentType: parent, fieldName: field, schema: guardedSchema, returnType: parent.getFields()[field].type }) as unknown as GraphQLResolveInfo;

  it('leaves a field that shows no rows of a subject without any wrapper', () => {
    expect((guardedSchema.getType('ApiInfoLike') as GraphQLObjectType).getFields().version.resolve).toBeUndefined();
  });

  it('answers a guarded field synchronously when its resolver is synchronous (no promise per field)', () => {
    const lotField = (guardedSchema.getType('Query') as GraphQLObjectType).getFields().lot;
    expect(lotField.resolve!({}, {}, context('QA_MANAGER'), infoOf(Root, 'lot'))).toBe(ours);
    const id = (guardedSchema.getType('Lot') as GraphQLObjectType).getFields().id;
    expect(id.resolve!(ours, {}, context('QA_MANAGER'), infoOf(Lot, 'id'))).toBe('lot_1');
  });
});
