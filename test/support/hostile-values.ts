import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLOutputType } from 'graphql';

/** Real ids of records the server holds, by entity name (`material`, `lot`, ...), to send where ids of any type are expected. */
export type KnownIds = Record<string, string[]>;

const allIds = (ids: KnownIds) => Object.values(ids).flat();

/**
 * Every leaf is drawn from three kinds of value: plausible ones (so that the other leaves of
 * an input get past coercion and a hostile one reaches the services and the database), edgy
 * ones that every check before execution lets through (extremes, odd Unicode, ids of other
 * types), and invalid ones that must be refused before execution.
 */
function leaf<T>(plausible: fc.Arbitrary<T>, edgy: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 10, arbitrary: plausible }, { weight: 3, arbitrary: edgy }, { weight: 1, arbitrary: invalid });
}

const surrogateHalf = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');

/** Text every check before execution lets through, though no service may be surprised by it. */
const EDGY_TEXT = [
  '',
  ' ',
  '\t\n',
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '%_\\',
  '"',
  '{}',
  'null',
  'NaN',
  '-0',
  '1e309',
  '\u202e\u0301',
  '\ufeff',
  '\uffff',
  '导管 🩺 𠀀',
  'constructor',
  '__proto__',
  'mat_',
  'lot_x',
  'x'.repeat(257),
  'y'.repeat(2_001),
  'z'.repeat(8_001),
];

/** Text that must be refused before execution: PostgreSQL cannot store it, or it is longer than any field takes. */
const unstorableText = fc.oneof(
  fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(surrogateHalf, fc.constant('\u0000')), fc.string({ maxLength: 12 })).map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom('w'.repeat(10_001), '한'.repeat(70_000)),
);

function text(ids: KnownIds): fc.Arbitrary<unknown> {
  return leaf(
    fc.stringMatching(/^[A-Z][A-Z0-9-]{0,11}$/),
    fc.oneof(
      fc.constantFrom(...EDGY_TEXT),
      fc.string({ unit: 'binary', maxLength: 40 }).filter((v) => !v.includes('\u0000')),
      fc.constantFrom(...allIds(ids)),
    ),
    unstorableText,
  );
}

/** The known id whose entity the field names (fromLocationId -> location), else any. */
function idFor(fieldName: string, ids: KnownIds): fc.Arbitrary<unknown> {
  const name = fieldName.toLowerCase();
  const named = Object.keys(ids).filter((entity) => name.includes(entity));
  return leaf(
    fc.constantFrom(...(named.length > 0 ? named : Object.keys(ids)).flatMap((k) => ids[k])),
    fc.oneof(fc.constantFrom(...allIds(ids)), fc.constantFrom('mat_00000000000000000000000000000000', 'constructor_x', 'sig_', 'x'.repeat(300), '', ' ')),
    unstorableText,
  );
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Cursors as a client could forge them: arrays of any JSON values, and strings that are no cursor at all. */
const forgedCursor = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-30', 'infinity', '0000-01-01', 'x\u0000', '\ud800', '99999999999999999999', '-1.5'),
        fc.constant({ a: 1 }),
        fc.constant([1]),
      ),
      { minLength: 0, maxLength: 4 },
    )
    .map(encodeCursor),
  fc.constantFrom('', '!!', 'WyJhIl0', 'bnVsbA', 'e30'),
);

const decimal = leaf(
  fc.stringMatching(/^[1-9]\d{0,2}(\.\d{1,3})?$/),
  fc.constantFrom('0', '-1', '0.000001', '99999999999999.999999', '-99999999999999.999999', '-0', '0.5'),
  fc.constantFrom('1e3', '', 'NaN', '100000000000000', ' 1', '１', '0x10', '0.0000001', 1.5),
);

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const calendarDate = leaf(
  fc.integer({ min: -400, max: 800 }).map((days) => isoDay(Date.now() + days * DAY)),
  fc.oneof(fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '1970-01-01'), fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }).map(isoDay)),
  fc.constantFrom('0000-01-01', '2026-02-29', '2026-13-01', '2026-1-1', '', '2026-06-01T00:00:00Z', '+275760-09-13'),
);
const dateTime = leaf(
  fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * DAY).toISOString()),
  fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-01-01T00:00:00+14:00', '1970-01-01T00:00:00Z', '2026-06-01T12:00:00.123456Z'),
  fc.constantFrom('0000-01-01T00:00:00Z', '2026-01-01', '2026-01-01T24:00:00Z', ''),
);

/** JSON with hostile keys and strings, and nesting up to and beyond the scalar's depth limit. */
function json(ids: KnownIds): fc.Arbitrary<unknown> {
  const nested = (min: number, max: number) =>
    fc.integer({ min, max }).map((depth) => {
      let value: unknown = 1;
      for (let i = 0; i < depth; i++) value = { a: value };
      return value;
    });
  const key = fc.oneof(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('__proto__', 'constructor', '', ' '));
  const value = fc.oneof(text(ids), fc.integer(), fc.boolean(), fc.constant(null));
  return leaf(
    fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.oneof(fc.stringMatching(/^[a-z ]{0,12}$/), fc.integer(), fc.boolean()), { maxKeys: 3 }),
    fc.oneof(fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.dictionary(key, value, { maxKeys: 3 })), { maxKeys: 4 }), nested(10, 15), value),
    fc.oneof(nested(17, 40), fc.dictionary(fc.constantFrom('\u0000', 'a\ud800'), fc.integer(), { minKeys: 1, maxKeys: 1 })),
  );
}

function scalar(name: string, fieldName: string, ids: KnownIds): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fieldName === 'after' || fieldName === 'before' ? fc.oneof(forgedCursor, text(ids)) : text(ids);
    case 'ID':
      return idFor(fieldName, ids);
    case 'Int':
      return leaf(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, -1, -2_147_483_648, 500, 501, 36_500, 2_147_483_647, 1_000_000_000), fc.constantFrom(2 ** 31, 1.5, '1', true));
    case 'Float':
      return leaf(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324), fc.constantFrom('1', true));
    case 'Boolean':
      return leaf(fc.boolean(), fc.boolean(), fc.constantFrom('true', 0));
    case 'Decimal':
      return decimal;
    case 'Date':
      return calendarDate;
    case 'DateTime':
      return dateTime;
    case 'JSON':
      return json(ids);
    default:
      return text(ids);
  }
}

/** Marks a field left out of an input object (as opposed to sent as null). */
const ABSENT = Symbol('absent');

/**
 * Values for an input type, mostly plausible so that they get past the first check and reach
 * the services and the database, with hostile leaves, wrong shapes, nulls and missing fields.
 */
export function valuesOf(type: GraphQLInputType, fieldName: string, ids: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 40, arbitrary: valuesOf(type.ofType, fieldName, ids, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  if (isListType(type)) {
    const item = valuesOf(type.ofType, fieldName, ids, depth + 1);
    return fc.oneof({ weight: 10, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: item });
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return leaf(fc.constantFrom(...names), fc.constantFrom(...names), fc.constantFrom('NOT_A_VALUE', names[0].toLowerCase(), 1));
  }
  if (isScalarType(type)) return scalar(type.name, fieldName, ids);
  if (depth > 4) return fc.constant(null);
  const fields = Object.values(type.getFields());
  const entries = fields.map((f) => {
    const value = valuesOf(f.type, f.name, ids, depth + 1);
    const weights = isNonNullType(f.type) && f.defaultValue === undefined ? { value: 40, absent: 1 } : { value: 2, absent: 1 };
    return fc.oneof({ weight: weights.value, arbitrary: value }, { weight: weights.absent, arbitrary: fc.constant<unknown>(ABSENT) });
  });
  return fc.tuple(fc.tuple(...entries), fc.oneof({ weight: 40, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })).map(([values, extra]) => {
    const object: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      if (values[i] !== ABSENT) object[f.name] = values[i];
    });
    if (extra) object.notAField = 1;
    return object;
  });
}

/** The selection that makes a field's resolver do its work: payload userErrors, a page with its count. */
export function selectionFor(returnType: GraphQLOutputType): string {
  const named = getNamedType(returnType);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isInputObjectType(named)) return '';
  if ('getFields' in named) {
    const fields = named.getFields();
    if ('userErrors' in fields) return '{ __typename userErrors { code field } }';
    if ('edges' in fields && 'totalCount' in fields) return '{ totalCount edges { cursor } }';
  }
  return '{ __typename }';
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value written inline as a GraphQL literal, so the document's own values are probed as well as variables. */
export function literalOf(value: unknown, type: GraphQLInputType | null): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (inner && isListType(inner)) return Array.isArray(value) ? `[${value.map((v) => literalOf(v, inner.ofType)).join(', ')}]` : literalOf(value, inner.ofType);
  if (Array.isArray(value)) return `[${value.map((v) => literalOf(v, null)).join(', ')}]`;
  if (inner && isEnumType(inner) && typeof value === 'string' && NAME.test(value)) return value;
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : null;
    const entries = Object.entries(value)
      .filter(([k]) => NAME.test(k))
      .map(([k, v]) => `${k}: ${literalOf(v, fields?.[k]?.type ?? null)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
