import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Which module's SQL names which other module's tables, read from the sources: a table belongs
 * to the module whose `*.entity.ts` / `*.entities.ts` declares it (`@Entity('name')`), and a
 * module's statements are its string literals that are SQL (they hold SELECT, INSERT INTO,
 * UPDATE ... SET or DELETE FROM) or TypeORM query-builder joins.
 */

const MODULES = join(__dirname, '..', '..', 'src', 'modules');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function moduleOf(file: string): string {
  return relative(MODULES, file).split(/[\\/]/)[0];
}

export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of filesOf(MODULES).filter((f) => /\.entit(y|ies)\.ts$/.test(f))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_][a-z0-9_]*)'/g)) owners.set(m[1], moduleOf(file));
  }
  return owners;
}

const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const IS_SQL = /\bSELECT\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bUPDATE\s+\w+\s+\w+\s+SET\b|\bDELETE\s+FROM\b/;
const BUILDER_JOIN = /\.(?:innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|from)\(\s*'([a-z_][a-z0-9_]*)'/g;

/** Every `path -> table` where a module's SQL names a table another module owns, sorted. */
export function crossModuleTableReferences(): string[] {
  const owners = tableOwners();
  const found = new Set<string>();
  for (const file of filesOf(MODULES)) {
    const module = moduleOf(file);
    const source = readFileSync(file, 'utf8');
    const named = (table: string) => {
      const owner = owners.get(table);
      if (owner && owner !== module) found.add(`${relative(join(MODULES, '..', '..'), file)} -> ${table}`);
    };
    for (const literal of source.match(STRING_LITERAL) ?? []) {
      if (!IS_SQL.test(literal)) continue;
      for (const m of literal.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+([a-z_][a-z0-9_]*)\b/gi)) named(m[1]);
    }
    for (const m of source.matchAll(BUILDER_JOIN)) named(m[1]);
  }
  return [...found].sort();
}
