import { LIMITS, limitExtensions } from './request-limits';
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Bounds on the text of any argument, checked once for every request before it executes. */
export const TEXT_LIMITS = { characters: LIMITS.maxTextLength, filterCharacters: LIMITS.maxFilterTextLength } as const;

// A UTF-16 high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL cannot store this text as given (it would fail, or silently alter it), or null. */
export function storableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not a Unicode character';
  return null;
}

/** The limit a text exceeds, if any. */
function lengthLimit(text: string, inFilter: boolean): 'maxTextLength' | 'maxFilterTextLength' | null {
  const limit = inFilter ? 'maxFilterTextLength' : 'maxTextLength';
  return text.length > LIMITS[limit] ? limit : null;
}

function textProblem(text: string, inFilter: boolean): string | null {
  const limit = lengthLimit(text, inFilter);
  if (limit) return `is longer than ${LIMITS[limit]} characters (${limit}${inFilter ? ': a search or filter string' : ''})`;
  return storableTextProblem(text);
}

const isFilter = (type: GraphQLInputType | null | undefined) => type != null && getNamedType(type).name.endsWith('Filter');

interface Pending {
  type: GraphQLInputType | null;
  value: unknown;
  inFilter: boolean;
  path: string;
}

/**
 * Every string reachable in a variable's value, with the declared type where there is one:
 * String, ID, enum and scalar leaves, and every key and string inside JSON. Iterative, so
 * no nesting depth can exhaust the stack.
 */
function variableProblems(name: string, declared: GraphQLInputType, value: unknown, usedInFilter: boolean, report: (path: string, problem: string) => void): void {
  const stack: Pending[] = [{ type: declared, value, inFilter: usedInFilter || isFilter(declared), path: name }];
  while (stack.length > 0) {
    const { type, value: v, inFilter, path } = stack.pop() as Pending;
    const inner = type && isNonNullType(type) ? type.ofType : type;
    if (typeof v === 'string') {
      const problem = textProblem(v, inFilter);
      if (problem) report(path, problem);
    } else if (Array.isArray(v)) {
      const itemType = inner && isListType(inner) ? inner.ofType : inner;
      v.forEach((item, i) => stack.push({ type: itemType, value: item, inFilter, path: `${path}.${i}` }));
    } else if (v !== null && typeof v === 'object') {
      const fields = inner && isInputObjectType(inner) ? inner.getFields() : null;
      for (const [key, item] of Object.entries(v)) {
        const keyProblem = storableTextProblem(key);
        if (keyProblem) report(path, `has a key that ${keyProblem}`);
        const fieldType = fields?.[key]?.type ?? null;
        // A hostile key is not echoed into the path.
        const step = keyProblem || key.length > 64 ? '…' : key;
        stack.push({ type: fieldType, value: item, inFilter: inFilter || isFilter(fieldType), path: `${path}.${step}` });
      }
    }
  }
}

/** What a document alone says about its argument text: problems of its literals, and its variables' types and uses. */
interface DocumentText {
  literalProblems: string[];
  declared: Map<string, GraphQLInputType>;
  /** A variable's own type says nothing of where it is used: `search: $s` inside a filter is a filter string. */
  usedInFilters: Set<string>;
}

// Apollo hands the same parsed document to every request with the same text: walk it once.
const documentTexts = new WeakMap<DocumentNode, DocumentText>();

function documentText(schema: GraphQLSchema, document: DocumentNode): DocumentText {
  const known = documentTexts.get(document);
  if (known) return known;
  const facts: DocumentText = { literalProblems: [], declared: new Map(), usedInFilters: new Set() };
  const typeInfo = new TypeInfo(schema);
  const objectTypes: (GraphQLInputType | null | undefined)[] = [];
  const inFilter = () => objectTypes.some(isFilter);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
        if (type) facts.declared.set(node.variable.name.value, type);
      },
      Variable(node) {
        if (inFilter()) facts.usedInFilters.add(node.name.value);
      },
      ObjectValue: {
        enter: () => {
          objectTypes.push(typeInfo.getInputType());
        },
        leave: () => {
          objectTypes.pop();
        },
      },
      StringValue(node) {
        const problem = textProblem(node.value, inFilter());
        if (problem) facts.literalProblems.push(`The string at line ${node.loc?.startToken.line ?? '?'} ${problem}`);
      },
    }),
  );
  documentTexts.set(document, facts);
  return facts;
}

/**
 * Refuses, before anything executes, argument text that PostgreSQL cannot store (a NUL, a lone
 * surrogate) or that is longer than any field takes, in variables and in inline literals alike,
 * so no such value reaches a service or the database: one BAD_USER_INPUT error naming the
 * first few such values, or null.
 */
export function unstorableArgumentError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  const { literalProblems, declared, usedInFilters } = documentText(schema, document);
  const problems = [...literalProblems];
  for (const [name, type] of declared) {
    if (variables && Object.hasOwn(variables, name)) {
      variableProblems(name, type, variables[name], usedInFilters.has(name), (path, problem) => problems.push(`Variable "$${path}" ${problem}`));
    }
  }
  if (problems.length === 0) return null;
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  // The first length limit among the problems is named in the extensions too.
  const limit = /\((maxTextLength|maxFilterTextLength)\b/.exec(problems.join(' '))?.[1] as 'maxTextLength' | 'maxFilterTextLength' | undefined;
  return badUserInput(`${problems.slice(0, 5).join('; ')}${more}`, limit ? limitExtensions(limit, LIMITS[limit]) : {});
}

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

/** For a refusal that names a value: at most `max` characters of it, so a hostile value is not echoed whole. */
export function excerpt(value: unknown, max = 40): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
