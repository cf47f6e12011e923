import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from '@swc/core';

/**
 * An idempotent mutation looks its key up before it checks anything that depends on time or
 * state, so a retry replays the first answer instead of being judged again. The runner
 * (`idempotent` in core/idempotency.ts) does the lookup first and then runs the mutation's
 * `prepare` and `run`; this rule keeps every service from checking anything before it calls the
 * runner: only the caller's permission (`assertCan`) and declarations without a call may come first.
 */
const SRC = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** A node of swc's syntax tree, walked generically. */
type SyntaxNode = { type?: string; [key: string]: unknown };

function* children(node: SyntaxNode): Generator<SyntaxNode> {
  for (const value of Object.values(node)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object') yield item as SyntaxNode;
  }
}

const contains = (node: SyntaxNode, test: (n: SyntaxNode) => boolean): boolean => test(node) || [...children(node)].some((c) => contains(c, test));
const isCallOf =
  (name: string) =>
  (node: SyntaxNode): boolean => {
    const callee = node.callee as SyntaxNode | undefined;
    return node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.value === name;
  };

/** A statement allowed before the runner: `assertCan(...)`, or a declaration that calls nothing (`let signature = null`). */
function allowedFirst(statement: SyntaxNode): boolean {
  if (statement.type === 'ExpressionStatement') return isCallOf('assertCan')(statement.expression as SyntaxNode);
  return statement.type === 'VariableDeclaration' && !contains(statement, (n) => n.type === 'CallExpression');
}

/** In every block that calls the runner: the statements before that call which may check something, by kind. */
function checksBeforeRunner(name: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: SyntaxNode) => {
    // A function's body or any other block: swc calls both a list of `stmts`.
    if (Array.isArray(node.stmts)) {
      const statements = node.stmts as SyntaxNode[];
      const at = statements.findIndex((st) => contains(st, isCallOf('idempotent')));
      for (const st of statements.slice(0, Math.max(at, 0))) if (!allowedFirst(st)) found.push(`${name}: ${st.type}`);
    }
    for (const child of children(node)) visit(child);
  };
  visit(parseSync(text, { syntax: 'typescript', decorators: true }) as unknown as SyntaxNode);
  return found;
}

const runnerCallers = sourceFiles(SRC).filter((f) => /\bidempotent\(ctx/.test(readFileSync(f, 'utf8')));

it('finds the idempotent mutations (so the rule below is not vacuous)', () => {
  expect(runnerCallers.map((f) => relative(SRC, f)).sort()).toEqual([
    'modules/lots/lot.service.ts',
    'modules/production/consumption.service.ts',
    'modules/purchasing/purchase-order.service.ts',
    'modules/quality/inspection.service.ts',
    'modules/sales/shipping.service.ts',
    'modules/stock/stock.service.ts',
  ]);
});

it('lets no idempotent mutation check anything but the permission before its key is looked up', () => {
  expect(runnerCallers.flatMap((f) => checksBeforeRunner(relative(SRC, f), readFileSync(f, 'utf8')))).toEqual([]);
});

it('would catch a check made before the runner', () => {
  const service = [
    'export async function createOrder(ctx, input) {',
    "  assertCan(ctx, 'create', 'PurchaseOrder');",
    '  let kept = null;',
    '  const today = todayUtc();',
    "  if (input.dueOn < today) fail('past');",
    "  return idempotent(ctx, { operation: 'createOrder', key: input.idempotencyKey, input, run: async () => kept, replay: async () => kept });",
    '}',
  ].join('\n');
  expect(checksBeforeRunner('order.service.ts', service)).toEqual(['order.service.ts: VariableDeclaration', 'order.service.ts: IfStatement']);
});
