import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { excerpt } from './input-text';
import { LIMITS, limitExceeded } from './request-limits';

// What numeric(20,6) stores exactly: never rounded, never an overflow at the database.
const DECIMAL = /^-?(0|[1-9]\d{0,13})(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new GraphQLError(`Decimal must be a string like "12.500" (up to 14 integer and 6 fraction digits), got ${excerpt(value)}`);
  }
  return value;
}

/** "120.500000" (numeric(20,6) from PostgreSQL) and "120.5" from an input are the same amount: serialize one form. */
export function canonicalDecimal(value: string): string {
  if (!value.includes('.')) return value;
  const trimmed = value.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** Exact decimal quantities and amounts, string-encoded end to end, stored as numeric. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number encoded as a string: up to 14 integer and 6 fraction digits, e.g. "12.5". Input may carry trailing zeros ("12.500"); output never does (the same amount is answered as "12.5"). Never a float.',
  serialize: (value) => canonicalDecimal(String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal literals must be strings, e.g. "12.500"');
    return parseDecimal(ast.value);
  },
});

/** Calendar date as YYYY-MM-DD string, kept as a string so no time zone shifts it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), without time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => isoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date literals must be strings, YYYY-MM-DD');
    return isoDate(ast.value);
  },
});

function isoDate(value: unknown): string {
  // Reuse graphql-scalars' calendar validation (leap years, month lengths).
  const parsed = DateResolver.parseValue(value) as Date;
  return parsed.toISOString().slice(0, 10);
}

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'A point in time, ISO 8601 in UTC, e.g. 2026-11-25T06:00:00.000Z.',
});

/** How deep and how large a JSON argument may be: deeper nesting has no use in custom fields and would exhaust the stack of every recursive reader (the audit chain's canonical JSON first). */
export const JSON_LIMITS = { depth: LIMITS.maxJsonDepth, characters: LIMITS.maxJsonCharacters } as const;

const tooLarge = (message: string, limit: 'maxJsonDepth' | 'maxJsonCharacters') => limitExceeded(message, 'BAD_USER_INPUT', limit, { http: { status: 400 } });

function nestedDeeperThan(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth === 0) return true;
  return Object.values(value).some((v) => nestedDeeperThan(v, depth - 1));
}

function boundedJson(value: unknown): unknown {
  if (nestedDeeperThan(value, JSON_LIMITS.depth)) throw tooLarge(`JSON must be nested at most ${JSON_LIMITS.depth} levels deep (maxJsonDepth)`, 'maxJsonDepth');
  if (JSON.stringify(value)?.length > JSON_LIMITS.characters) throw tooLarge(`JSON must be at most ${JSON_LIMITS.characters} characters long (maxJsonCharacters)`, 'maxJsonCharacters');
  return value;
}

export const JSONScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  description: `${JSONResolver.description} At most ${JSON_LIMITS.depth} levels deep and ${JSON_LIMITS.characters} characters long as input.`,
  parseValue: (value) => boundedJson(value),
  parseLiteral: (ast, variables) => boundedJson(JSONResolver.parseLiteral(ast, variables)),
});
