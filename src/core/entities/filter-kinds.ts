import { ID } from 'type-graphql';
import type { SqlCondition } from '../authz/rules-to-sql';
import { containsPattern, prefixPattern } from '../persistence/like-pattern';

/**
 * One filter of an entity's list: its GraphQL input (type and description), the fields it reads
 * (filtering on one the caller may not read is refused), and its condition on the entity's
 * alias. The same condition serves the general and the compiled read path.
 */
export interface FilterKind<V = never> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  input: () => any;
  description: string;
  reads: string[];
  condition(alias: string, value: V, name: string): SqlCondition;
  /** Set on a filter kept for old clients. */
  deprecationReason?: string;
}

const param = (name: string) => `f_${name}`;

/** `ids: [ID!]`: only these records. */
export function idsFilter(description: string): FilterKind<string[]> {
  return { input: () => [ID], description, reads: ['id'], condition: (a, ids, n) => ({ sql: `${a}.id = ANY(:${param(n)})`, params: { [param(n)]: ids } }) };
}

/** A list of values, any of which the column equals (an enum's states, types). */
export function anyOfFilter(property: string, column: string, type: () => unknown, description: string): FilterKind<string[]> {
  return { input: () => [type()], description, reads: [property], condition: (a, values, n) => ({ sql: `${a}.${column} = ANY(:${param(n)})`, params: { [param(n)]: values } }) };
}

/** Equal to the value as `normalize` writes it (a country code in capitals). */
export function equalsFilter(property: string, column: string, description: string, normalize: (value: string) => string = (v) => v): FilterKind<string> {
  return { input: () => String, description, reads: [property], condition: (a, value, n) => ({ sql: `${a}.${column} = :${param(n)}`, params: { [param(n)]: normalize(value) } }) };
}

/** Equal ignoring case (an e-mail address). */
export function equalsIgnoringCaseFilter(property: string, column: string, description: string): FilterKind<string> {
  return { input: () => String, description, reads: [property], condition: (a, value, n) => ({ sql: `lower(${a}.${column}) = lower(:${param(n)})`, params: { [param(n)]: value } }) };
}

/** Starting with the text, wildcards matched literally. */
export function prefixFilter(property: string, column: string, description: string): FilterKind<string> {
  return {
    input: () => String,
    description,
    reads: [property],
    condition: (a, value, n) => ({ sql: `${a}.${column} LIKE :${param(n)} ESCAPE '\\'`, params: { [param(n)]: prefixPattern(value) } }),
  };
}

/** A case-insensitive substring of any of these fields, wildcards matched literally. */
export function searchFilter(fields: Record<string, string>, description: string): FilterKind<string> {
  return {
    input: () => String,
    description,
    reads: Object.keys(fields),
    condition: (a, value, n) => ({
      sql: `(${Object.values(fields)
        .map((column) => `${a}.${column} ILIKE :${param(n)} ESCAPE '\\'`)
        .join(' OR ')})`,
      params: { [param(n)]: containsPattern(value) },
    }),
  };
}

/** On or before the value (a date by which something expires). */
export function atMostFilter(property: string, column: string, type: () => unknown, description: string): FilterKind<string> {
  return { input: type, description, reads: [property], condition: (a, value, n) => ({ sql: `${a}.${column} <= :${param(n)}`, params: { [param(n)]: value } }) };
}

/** After the value, exclusive (a time something last changed, for incremental pulls). */
export function afterFilter(property: string, column: string, type: () => unknown, description: string, deprecationReason?: string): FilterKind<Date> {
  return { input: type, description, reads: [property], deprecationReason, condition: (a, value, n) => ({ sql: `${a}.${column} > :${param(n)}`, params: { [param(n)]: value } }) };
}

/** On or after the value (a date from which something expires). */
export function atLeastFilter(property: string, column: string, type: () => unknown, description: string): FilterKind<string> {
  return { input: type, description, reads: [property], condition: (a, value, n) => ({ sql: `${a}.${column} >= :${param(n)}`, params: { [param(n)]: value } }) };
}

/** An array column sharing any value with the list (a record naming any of these lots). */
export function overlapsFilter(property: string, column: string, type: () => unknown, description: string): FilterKind<string[]> {
  return { input: () => [type()], description, reads: [property], condition: (a, values, n) => ({ sql: `${a}.${column} && :${param(n)}::text[]`, params: { [param(n)]: values } }) };
}
