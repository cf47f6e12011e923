import { execFileSync } from 'node:child_process';

export type Git = (args: string[]) => string;

export function gitIn(dir: string): Git {
  return (args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * The previous release: the newest ancestor of HEAD whose `migrations/` tree differs from
 * HEAD's (a release is cut where migrations change; HEAD's own unreleased ones are what the
 * upgrade runs). Null when no ancestor differs (the first release).
 */
export function previousRelease(git: Git): string | null {
  const head = git(['rev-parse', 'HEAD:migrations']);
  for (const commit of git(['rev-list', '--first-parent', 'HEAD']).split('\n').slice(1)) {
    let tree: string;
    try {
      tree = git(['rev-parse', `${commit}:migrations`]);
    } catch {
      tree = '';
    }
    // Before migrations/ existed there was no release to upgrade from.
    if (tree === '') return null;
    if (tree !== head) return commit;
  }
  return null;
}

/** A shallow clone cannot see the previous release: deepen it, or say why not. */
export function ensureFullHistory(git: Git): void {
  if (git(['rev-parse', '--is-shallow-repository']) !== 'true') return;
  try {
    git(['fetch', '--unshallow', '--quiet']);
  } catch (err) {
    throw new Error(
      `this clone is shallow and "git fetch --unshallow" failed (${(err as Error).message.split('\n')[0]}): the upgrade check needs the history back to the previous release; clone without --depth`,
    );
  }
}
