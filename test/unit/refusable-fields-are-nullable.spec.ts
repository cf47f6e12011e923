import 'reflect-metadata';
import { getNamedType, isAbstractType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { defineAbilityFor } from '../../src/core/authz/ability';
import { subjectOf } from '../../src/core/authz/field-guard';
import { ROLES } from '../../src/core/authz/role';
import type { Principal } from '../../src/core/auth/principal';
import { buildLotgraphSchema } from '../../src/server/schema';
import { returnsRows } from '../support/schema-matrix';

/**
 * A field the caller may not read resolves to null with FORBIDDEN at its path, and every other
 * field is answered: that holds only where the refused field is nullable (GraphQL otherwise
 * nulls its parent, up to `data` itself). These rules keep it true for fields added later.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildLotgraphSchema();
});

/** Root queries that refuse no caller: public, the caller's own rules, and lookups that answer null per id. */
const NEVER_REFUSED = new Set(['apiInfo', 'myAbility', 'nodes']);

const nullable = (field: GraphQLField<unknown, unknown>) => !isNonNullType(field.type);

/** Relay connections and edges are judged through the field that returns them. */
function isPaging(fields: Record<string, unknown>): boolean {
  return Boolean(('node' in fields && 'cursor' in fields) || ('edges' in fields && 'pageInfo' in fields));
}

it('makes every root query that can be refused nullable', () => {
  const refusable = Object.values(schema.getQueryType()!.getFields()).filter((f) => !NEVER_REFUSED.has(f.name));
  expect(refusable.filter((f) => !nullable(f)).map((f) => `Query.${f.name}: ${String(f.type)}`)).toEqual([]);
  expect(refusable.length).toBeGreaterThan(30);
});

/**
 * Non-null on purpose: the record a root query was asked about, which that query refuses (as
 * NOT_FOUND or FORBIDDEN, the root then null) before anything of it is shown.
 */
const THE_RECORD_ASKED_ABOUT = new Set(['LotTrace.root', 'RecallImpact.lot', 'SignatureVerification.signature']);

it('makes every field that shows rows of an entity nullable (the entity guard refuses a caller who may read none)', () => {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  // A subscription refuses up front a caller who may not read its records and delivers only events on readable ones.
  const events = new Set(Object.values(schema.getSubscriptionType()!.getFields()).map((f) => getNamedType(f.type).name));
  const offending: string[] = [];
  let checked = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type) || events.has(type.name) || isPaging(type.getFields())) continue;
    for (const field of Object.values(type.getFields())) {
      if (!returnsRows(field) && !isAbstractType(getNamedType(field.type))) continue;
      checked++;
      if (!nullable(field) && !THE_RECORD_ASKED_ABOUT.has(`${type.name}.${field.name}`)) offending.push(`${type.name}.${field.name}: ${String(field.type)}`);
    }
  }
  expect(offending).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

it('keeps the rows of a refusable list non-null: a hidden row is left out, not shown as null', () => {
  const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => isListType(f.type));
  expect(lists.map((f) => `${f.name}: ${String(f.type)}`)).toEqual(expect.arrayContaining(['firstPassYield: [FirstPassYield!]', 'nonconformancesBySupplier: [SupplierNonconformances!]']));
});

/** A caller of `role` with every scope claim, so each rules file declares all its rules. */
const principalOf = (role: (typeof ROLES)[number]): Principal => ({
  kind: 'user',
  id: `u-${role}`,
  name: role,
  roles: [role],
  supplierId: 'sup_sample',
  siteIds: ['site_sample'],
  approvedMaterialIds: ['mat_sample'],
});

it("makes every field that some role's rules mask nullable (the field guard answers it with null and FORBIDDEN)", () => {
  const masked = new Set<string>();
  for (const role of ROLES) {
    for (const rule of defineAbilityFor(principalOf(role)).rules) {
      if (!rule.fields || rule.action !== 'read') continue;
      const fields = typeof rule.fields === 'string' ? [rule.fields] : rule.fields;
      const subjects = (Array.isArray(rule.subject) ? rule.subject : [rule.subject]) as string[];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || !subjectOf(type) || !subjects.includes(subjectOf(type)!)) continue;
        // `cannot` masks the fields it names; a field-limited `can` masks every other field.
        const hidden = rule.inverted ? fields : Object.keys(type.getFields()).filter((f) => !fields.includes(f));
        for (const f of hidden) if (type.getFields()[f]) masked.add(`${type.name}.${f}`);
      }
    }
  }
  const offending = [...masked].filter((coordinate) => {
    const [type, field] = coordinate.split('.');
    return isNonNullType((schema.getType(type) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[field].type);
  });
  expect(offending).toEqual([]);
  expect(masked.size).toBeGreaterThan(10);
});
