import fs from 'node:fs';
import { parse, type OperationDefinitionNode } from 'graphql';

/** A ```graphql block of the README, with what the comment above it says about running it. */
export interface ReadmeExample {
  /** 1-based line of the block's opening fence. */
  line: number;
  source: string;
  operationName: string;
  operationType: 'query' | 'mutation' | 'subscription';
  /** A demo user's subject, a role (its first demo user), or null for an anonymous caller. */
  as: string | null;
  /** Variable values; a string "=Operation.path.to.value" is read from an earlier example's result. */
  variables: Record<string, unknown>;
  /** The example may legitimately answer an empty list or null. */
  mayBeEmpty: boolean;
}

const DEFAULT_CALLER = 'demo-admin';

/**
 * Reads the comment that annotates a block: `<!-- as SUBJECT|ROLE|anonymous ; may be empty ;
 * variables: {JSON} -->`, parts in any order, each optional.
 */
function annotation(comment: string | null): Pick<ReadmeExample, 'as' | 'variables' | 'mayBeEmpty'> {
  const result: Pick<ReadmeExample, 'as' | 'variables' | 'mayBeEmpty'> = { as: DEFAULT_CALLER, variables: {}, mayBeEmpty: false };
  if (!comment) return result;
  for (const raw of comment.split(/;(?![^{]*\})/)) {
    const part = raw.trim();
    if (part === '') continue;
    if (part.startsWith('as ')) {
      const who = part.slice(3).trim();
      result.as = who === 'anonymous' ? null : who;
    } else if (part === 'may be empty') {
      result.mayBeEmpty = true;
    } else if (part.startsWith('variables:')) {
      result.variables = JSON.parse(part.slice('variables:'.length)) as Record<string, unknown>;
    } else {
      throw new Error(`Unknown README example annotation "${part}"`);
    }
  }
  return result;
}

/** Every ```graphql block of a markdown file, in order, each holding exactly one named operation. */
export function readmeExamples(file: string): ReadmeExample[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const examples: ReadmeExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```graphql') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i].trim() !== '```'; i++) body.push(lines[i]);
    let before = start - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const comment = before >= 0 ? (/^<!--(.*)-->$/.exec(lines[before].trim())?.[1] ?? null) : null;
    const source = body.join('\n');
    const operations = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (operations.length !== 1 || !operations[0].name) throw new Error(`README line ${start + 1}: a graphql block holds exactly one named operation`);
    examples.push({ line: start + 1, source, operationName: operations[0].name.value, operationType: operations[0].operation, ...annotation(comment) });
  }
  return examples;
}

/** Resolves "=Operation.a.0.b" variable values against earlier results. */
export function resolveVariables(variables: Record<string, unknown>, results: Map<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value !== 'string' || !value.startsWith('=')) return [name, value];
      const [operation, ...path] = value.slice(1).split('.');
      if (!results.has(operation)) throw new Error(`Variable $${name} reads ${operation}, which has not run before it`);
      const found = path.reduce<unknown>((at, key) => (at === null || at === undefined ? undefined : (at as Record<string, unknown>)[key]), results.get(operation));
      if (found === undefined || found === null) throw new Error(`Variable $${name}: ${value} is ${String(found)}`);
      return [name, found];
    }),
  );
}

/** What makes an example's answer empty: a root field that is null, or a root list or connection without items. */
export function emptyRootFields(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => {
      if (value === null || value === undefined) return true;
      if (Array.isArray(value)) return value.length === 0;
      const edges = (value as { edges?: unknown[] }).edges;
      return Array.isArray(edges) && edges.length === 0;
    })
    .map(([field]) => field);
}

/** Every `userErrors` entry anywhere in the answer. */
export function userErrorsIn(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(userErrorsIn);
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (key === 'userErrors' && Array.isArray(value) ? value : userErrorsIn(value)));
}
