import { ConfigError } from '../src/config';
import { BackupFileError } from '../src/db/backup/backup-file';
import { RestoreRefused } from '../src/db/backup/restore-backup';

/** A mistake in how the command was called or where it points. */
export class UsageError extends Error {}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** sysexits.h: how the command was called or where it points (64), the backup itself (65), the configuration (78). */
function exitCodeOf(err: unknown): number | null {
  if (err instanceof UsageError) return 64;
  if (err instanceof RestoreRefused) return err.exitCode;
  if (err instanceof BackupFileError) return 65;
  if (err instanceof ConfigError) return 78;
  return null;
}

/** Runs a command's body; an expected refusal is one line on stderr and its exit code, anything else its stack and 1. */
export function runCommand(name: string, body: () => Promise<void>): void {
  body().then(
    () => process.exit(0),
    (err: unknown) => {
      const code = exitCodeOf(err);
      process.stderr.write(`lotgraph ${name}: ${code !== null ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(code ?? 1);
    },
  );
}
