import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { getVariableValues, type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../graphql/graphql-context';
import { sqlStatementsTotal } from '../../db/statement-counter';
import { compileRead } from './compile-read';
import { EACH, fragmentsOf, type CompiledRead, type MaskedField } from './read-plan';
import { NotCompiled } from './not-compiled';
import { PreparedStatements } from './prepared-statements';
import type { ReadRegistry } from './read-registry';
import { todayUtc } from '../dates';

/** Response data PostgreSQL wrote as JSON text, spliced into the response as it is (see stringifyResponse). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Request header (outside production) that sends a query to the general path, for the differential test. */
export const READ_PATH_HEADER = 'x-lotgraph-read-path';
/** Request header (outside production) asking for the compiled statement in the response's extensions. */
export const SHOW_SQL_HEADER = 'x-lotgraph-show-sql';

// Statements slower than this are logged with their SQL, as the TypeORM logger does for the general path.
const SLOW_MS = 1000;

export interface CompiledReadsOptions {
  registry: ReadRegistry;
  pool: Pool;
  log: Logger;
  /** Outside production: the read-path headers above are honoured and the path taken is answered in a header. */
  diagnostics: boolean;
  /** Errors carry stack traces (development): the general path answers every request with an error. */
  stacktraces: boolean;
  /** Counts an error answered here (Apollo's error hooks run only for the general path). */
  countError: (code: string) => void;
}

/**
 * Answers query operations the read compiler covers with one SQL statement that builds the
 * response in PostgreSQL, before graphql-js would execute them (Apollo's responseForOperation).
 * Parsing, validation, limits and cost checks have already run. Anything else — a selection it
 * does not cover, a field the caller may not read, an argument that fails coercion, a statement
 * that fails — goes to the general path, which answers it (errors included) as it always did.
 */
export function compiledReadsPlugin(options: CompiledReadsOptions): ApolloServerPlugin<GraphQLContext> {
  const { registry, pool, log, diagnostics, stacktraces, countError } = options;
  const prepared = new PreparedStatements();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const operation = request.operation;
          if (!operation || operation.operation !== 'query' || !request.document) return null;
          const headers = request.request.http?.headers;
          if (diagnostics && headers?.get(READ_PATH_HEADER) === 'general') return null;
          const compiled = compile(request, registry, log);
          if (!compiled || (stacktraces && 'masks' in compiled && compiled.masks.length > 0)) return null;
          const http = { status: undefined, headers: new HeaderMap(diagnostics ? [[READ_PATH_HEADER, 'compiled']] : []) };
          if ('constant' in compiled) return { http, body: { kind: 'single', singleResult: { data: new RawJson(compiled.constant) as never } } };
          const started = performance.now();
          let text: string;
          try {
            const result = await pool.query<{ data: string; general?: boolean }>({ name: prepared.nameFor(compiled.sql), text: compiled.sql, values: compiled.params });
            if (result.rows[0].general) return null;
            text = result.rows[0].data;
          } catch (err) {
            // The general path meets the same outage and answers it; anything else is a compiler bug, logged.
            log.warn({ err, sql: compiled.sql }, 'compiled read failed; answering it on the general path');
            return null;
          } finally {
            sqlStatementsTotal.inc();
            if (request.contextValue.tally) request.contextValue.tally.count += 1;
          }
          const ms = performance.now() - started;
          if (ms > SLOW_MS) log.warn({ ms: Math.round(ms), sql: compiled.sql }, 'slow compiled read');
          const extensions = diagnostics && headers?.get(SHOW_SQL_HEADER) ? { compiledSql: compiled.sql } : undefined;
          // No place holds a masked field (no rows): no errors, and no empty list of them either.
          const found = compiled.masks.length > 0 ? maskErrors(compiled.masks, JSON.parse(text) as unknown) : [];
          const errors = found.length > 0 ? found : undefined;
          for (const e of found) countError(e.extensions.code);
          return { http, body: { kind: 'single', singleResult: { data: new RawJson(text) as never, errors, extensions } } };
        },
      };
    },
  };
}

// Per ability (one per set of rule facts, see abilityFor): the plans of its recent requests.
const plansByAbility = new WeakMap<object, LRUCache<string, { plan: CompiledRead | null }>>();
const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;

/**
 * The compiled form of a request, or null for the general path. The compiler reads nothing but
 * the document, the operation name, the variables, the caller's rules and today's date, so its
 * answer for the same five is reused (Apollo hands out one parsed document per query text).
 */
function compile(request: GraphQLRequestContext<GraphQLContext>, registry: ReadRegistry, log: Logger): CompiledRead | null {
  const { operation, document, contextValue } = request;
  const ctx = contextValue.ctx;
  if (!operation || !document || !ctx) return null;
  let documentId = documentIds.get(document);
  if (documentId === undefined) documentIds.set(document, (documentId = nextDocumentId++));
  // Today's date too: a plan's parameters may be computed from it (what is overdue, out of calibration).
  const key = `${todayUtc()}\n${documentId}\n${request.operationName ?? ''}\n${JSON.stringify(request.request.variables ?? {})}`;
  let plans = plansByAbility.get(ctx.ability);
  if (!plans) plansByAbility.set(ctx.ability, (plans = new LRUCache({ max: 200 })));
  const known = plans.get(key);
  if (known) return known.plan;
  const plan = compileNow(request, registry, log);
  plans.set(key, { plan });
  return plan;
}

function compileNow(request: GraphQLRequestContext<GraphQLContext>, registry: ReadRegistry, log: Logger): CompiledRead | null {
  const { operation, document, contextValue } = request;
  const ctx = contextValue.ctx;
  const coerced = getVariableValues(registry.schema, operation!.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  try {
    return compileRead(registry, { operation: operation!, fragments: fragmentsOf(document!.definitions), variables: coerced.coerced, ctx });
  } catch (err) {
    if (!(err instanceof NotCompiled)) log.warn({ err }, 'read compiler failed; answering on the general path');
    else ctx.log.trace({ reason: err.message }, 'read answered on the general path');
    return null;
  }
}

/**
 * The FORBIDDEN errors of masked fields, as the field guard raises them: one at each place the
 * data holds the field (its parent object is there), in the order of the data.
 */
function maskErrors(masks: MaskedField[], data: unknown) {
  const errors: { message: string; locations: MaskedField['locations']; path: (string | number)[]; extensions: { code: string } }[] = [];
  const walk = (mask: MaskedField, value: unknown, at: number, path: (string | number)[]): void => {
    if (value === null || typeof value !== 'object') return;
    const step = mask.path[at];
    if (step === EACH) {
      if (Array.isArray(value)) value.forEach((item, i) => walk(mask, item, at + 1, [...path, i]));
    } else if (at === mask.path.length - 1) {
      errors.push({ message: mask.message, locations: mask.locations, path: [...path, step], extensions: { code: 'FORBIDDEN' } });
    } else {
      walk(mask, (value as Record<string, unknown>)[step], at + 1, [...path, step]);
    }
  };
  for (const mask of masks) walk(mask, data, 0, []);
  return errors;
}

/**
 * Apollo's result serializer: JSON.stringify as before, except that data PostgreSQL wrote is
 * spliced in as text, never parsed and written again.
 */
export function stringifyResponse(value: FormattedExecutionResult): string {
  if (!(value.data instanceof RawJson)) return `${JSON.stringify(value)}\n`;
  const errors = value.errors ? `"errors":${JSON.stringify(value.errors)},` : '';
  const extensions = value.extensions ? `,"extensions":${JSON.stringify(value.extensions)}` : '';
  return `{${errors}"data":${value.data.text}${extensions}}\n`;
}
