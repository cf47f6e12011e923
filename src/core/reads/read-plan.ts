import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';

// What the read compiler makes of a request, and what it is given.

/** Where a path of the response goes through every item of a list. */
export const EACH = Symbol('each');

/**
 * A field the caller may read on no row of its type: null in the data, and FORBIDDEN at each
 * place the response has it (each item of the lists on `path`), as the field guard answers it.
 */
export interface MaskedField {
  path: (string | typeof EACH)[];
  message: string;
  locations: { line: number; column: number }[];
}

/**
 * One statement whose single row's `data` column is the response's `data` as JSON text (and,
 * where a root may need the general path after all, a `general` column saying so), or an answer
 * needing none.
 */
export type CompiledRead = { sql: string; params: unknown[]; masks: MaskedField[] } | { constant: string };

export interface ReadRequest {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  ctx: RequestContext;
}

/** The fragments of a document by name. */
export function fragmentsOf(definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[(d as FragmentDefinitionNode).name.value] = d as FragmentDefinitionNode;
  return out;
}
