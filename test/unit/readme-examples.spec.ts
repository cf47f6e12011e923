import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyRootFields, readmeExamples, resolveVariables, userErrorsIn } from '../support/readme-examples';

function markdown(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'readme-')), 'README.md');
  fs.writeFileSync(file, text);
  return file;
}

describe('README example extraction', () => {
  it('reads every graphql block with the comment above it', () => {
    const file = markdown(
      [
        '# Title',
        '',
        '```graphql',
        'query First { me { name } }',
        '```',
        '',
        '<!-- as demo-supplier; may be empty; variables: {"id": "=First.me.name", "n": 2} -->',
        '',
        '```graphql',
        'subscription Second($id: ID!) {',
        '  lotStatusChanged(filter: { lotIds: [$id] }) { status }',
        '}',
        '```',
        '<!-- as anonymous -->',
        '```graphql',
        'query Third { apiInfo { name } }',
        '```',
        '```sh',
        'npm start',
        '```',
      ].join('\n'),
    );
    expect(readmeExamples(file).map(({ source: _s, ...rest }) => rest)).toEqual([
      { line: 3, operationName: 'First', operationType: 'query', as: 'demo-admin', variables: {}, mayBeEmpty: false },
      { line: 9, operationName: 'Second', operationType: 'subscription', as: 'demo-supplier', variables: { id: '=First.me.name', n: 2 }, mayBeEmpty: true },
      { line: 15, operationName: 'Third', operationType: 'query', as: null, variables: {}, mayBeEmpty: false },
    ]);
  });

  it('refuses an unnamed or second operation in a block, and an unknown annotation', () => {
    expect(() => readmeExamples(markdown('```graphql\n{ me { name } }\n```'))).toThrow(/one named operation/);
    expect(() => readmeExamples(markdown('```graphql\nquery A { me { name } }\nquery B { me { name } }\n```'))).toThrow(/one named operation/);
    expect(() => readmeExamples(markdown('<!-- run twice -->\n```graphql\nquery A { me { name } }\n```'))).toThrow(/Unknown README example annotation/);
  });

  it('takes "=Operation.path" variables from earlier results, and refuses a missing one', () => {
    const results = new Map<string, unknown>([['Lots', { lots: { edges: [{ node: { id: 'lot_1', version: 3 } }] } }]]);
    expect(resolveVariables({ id: '=Lots.lots.edges.0.node.id', version: '=Lots.lots.edges.0.node.version', reason: 'x' }, results)).toEqual({ id: 'lot_1', version: 3, reason: 'x' });
    expect(() => resolveVariables({ id: '=Lots.lots.edges.1.node.id' }, results)).toThrow(/is undefined/);
    expect(() => resolveVariables({ id: '=Later.id' }, results)).toThrow(/has not run before it/);
  });

  it('calls an answer empty when a root field is null or an empty list or connection, and finds userErrors at any depth', () => {
    expect(emptyRootFields({ a: null, b: [], c: { edges: [] }, d: { edges: [{}] }, e: { nested: [] }, f: [1] })).toEqual(['a', 'b', 'c']);
    expect(userErrorsIn({ releaseLot: { lot: null, userErrors: [{ code: 'VERSION_CONFLICT' }] }, other: [{ userErrors: [] }] })).toEqual([{ code: 'VERSION_CONFLICT' }]);
  });
});
