import { AbilityBuilder, createMongoAbility, subject } from '@casl/ability';
import { Client } from 'pg';
import { rulesToSql } from '../../src/core/authz/rules-to-sql';
import type { AppAbility } from '../../src/core/authz/rule-builder';
import { createTestDatabase } from '../support/test-database';

/**
 * The SQL a row scope becomes must show exactly the rows CASL shows in memory (subscriptions,
 * loaded records), including rows whose field is NULL: SQL's three-valued logic would otherwise
 * hide a row under a negated condition that CASL lets through.
 */
let db: { url: string; drop(): Promise<void> };
let client: Client;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const ROWS = [
  { id: 'r1', status: 'ACTIVE', siteId: 'site_a' },
  { id: 'r2', status: 'DRAFT', siteId: 'site_b' },
  { id: 'r3', status: null, siteId: 'site_a' },
  { id: 'r4', status: 'OBSOLETE', siteId: null },
  { id: 'r5', status: null, siteId: null },
];

type Rules = (b: AbilityBuilder<AppAbility>) => void;
const CASES: [string, Rules][] = [
  ['$nin', (b) => b.can('read', 'Material', { status: { $nin: ['DRAFT', 'OBSOLETE'] } })],
  ['$ne', (b) => b.can('read', 'Material', { status: { $ne: 'DRAFT' } })],
  ['$in', (b) => b.can('read', 'Material', { siteId: { $in: ['site_a'] } })],
  ['$eq', (b) => b.can('read', 'Material', { status: 'ACTIVE' })],
  [
    'cannot with $eq',
    (b) => {
      b.can('read', 'Material');
      b.cannot('read', 'Material', { status: 'DRAFT' });
    },
  ],
  [
    'cannot with $in',
    (b) => {
      b.can('read', 'Material');
      b.cannot('read', 'Material', { siteId: { $in: ['site_b'] } });
    },
  ],
  [
    'cannot with $nin',
    (b) => {
      b.can('read', 'Material', { siteId: 'site_a' });
      b.cannot('read', 'Material', { status: { $nin: ['ACTIVE'] } });
    },
  ],
  [
    'two rules, one negated',
    (b) => {
      b.can('read', 'Material', { status: 'ACTIVE' });
      b.can('read', 'Material', { siteId: 'site_b' });
      b.cannot('read', 'Material', { siteId: { $ne: 'site_a' }, status: null });
    },
  ],
];

async function visibleInSql(ability: AppAbility): Promise<string[]> {
  const cond = rulesToSql(ability, 'read', 'Material', (f) => `t."${f}"`);
  const names = Object.keys(cond.params);
  const sql = names.reduce((text, name, i) => text.split(`:${name}`).join(`$${i + 1}`), cond.sql);
  const { rows } = await client.query<{ id: string }>(`SELECT t.id FROM jsonb_to_recordset($${names.length + 1}::jsonb) AS t(id text, status text, "siteId" text) WHERE ${sql} ORDER BY t.id`, [
    ...names.map((n) => cond.params[n]),
    JSON.stringify(ROWS),
  ]);
  return rows.map((r) => r.id);
}

it.each(CASES)('shows in SQL exactly the rows CASL shows: %s', async (_name, rules) => {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  rules(builder);
  const ability = builder.build();
  const inMemory = ROWS.filter((row) => ability.can('read', subject('Material', { ...row }) as never)).map((r) => r.id);
  expect(await visibleInSql(ability)).toEqual(inMemory);
});
