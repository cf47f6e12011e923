import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../core/graphql/connection';
import { LIMITS, limitExceeded } from '../core/graphql/request-limits';

/** graphql-armor's weights, kept so that costs stay comparable: an object 2, a scalar 1, each level deeper x1.5. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

type Variables = Record<string, unknown> | null | undefined;

/**
 * How many items a field returns at most: its `first`/`last`, whether written in the document
 * or passed as a variable (graphql-armor's cost limit read only literals, so `first: $n` cost as
 * one item), or the default page size when a list field that takes them is given neither.
 */
function pageSize(field: { arguments?: readonly { name: { value: string }; value: Parameters<typeof valueFromASTUntyped>[0] }[] }, takesPages: boolean, variables: Variables): number {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value = valueFromASTUntyped(arg.value, variables ?? undefined);
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  }
  return takesPages ? DEFAULT_PAGE_SIZE : 1;
}

/** The cost of a selection set on `parent`; fragments are expanded where they are spread. */
function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, fragments: Map<string, FragmentDefinitionNode>, schema: GraphQLSchema, variables: Variables, seen: Set<string>): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!selection.selectionSet) {
        cost += SCALAR_COST;
        continue;
      }
      const type = definition ? getNamedType(definition.type) : undefined;
      const inner = type && isCompositeType(type) ? selectionCost(selection.selectionSet, type, fragments, schema, variables, seen) : 0;
      const takesPages = definition?.args.some((a) => a.name === 'first') ?? false;
      cost += pageSize(selection, takesPages, variables) * (OBJECT_COST + DEPTH_FACTOR * inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (on && isCompositeType(on)) cost += selectionCost(selection.selectionSet, on, fragments, schema, variables, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread inside itself is invalid GraphQL, refused by validation; it is not expanded again here.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const on = schema.getType(fragment.typeCondition.name.value);
      if (on && isCompositeType(on)) cost += selectionCost(fragment.selectionSet, on, fragments, schema, variables, new Set([...seen, fragment.name.value]));
    }
  }
  return cost;
}

/** The cost of one operation of a document, with its variables: what `maxCost` bounds. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, fragments, schema, variables, new Set());
}

/** The refusal of an operation above `maxCost`, or null. */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): GraphQLError | null {
  const cost = operationCost(schema, document, operation, variables);
  if (cost <= LIMITS.maxCost) return null;
  return limitExceeded(`Query cost limit of ${LIMITS.maxCost} (maxCost) exceeded, found ${cost}: ask for fewer fields or smaller pages`, 'GRAPHQL_VALIDATION_FAILED', 'maxCost', {
    http: { status: 400 },
  });
}
