import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { UserEntity } from './user.entity';
import { verifySigningPassword } from './signing-password';

/**
 * Refuses a new signing password that is one of the user's last `count` (the current one
 * included). Each old hash has its own salt, so every one is checked: `count` scrypt
 * verifications, one after the other and stopping at the first match, before any transaction.
 */
export async function assertNotRecentlyUsed(ctx: RequestContext, user: UserEntity, newPassword: string, count: number): Promise<void> {
  const older = count - (user.signingPasswordHash ? 1 : 0);
  const rows: { password_hash: string }[] =
    older > 0 ? await ctx.manager.query('SELECT password_hash FROM signing_password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2', [user.id, older]) : [];
  const recent = [...(user.signingPasswordHash ? [user.signingPasswordHash] : []), ...rows.map((r) => r.password_hash)];
  for (const hash of recent) {
    if (await verifySigningPassword(newPassword, hash)) {
      fail(ErrorCode.VALIDATION_FAILED, `The new signing password must differ from your last ${count}`, ['input', 'newPassword']);
    }
  }
}

/** Keeps the password `user` had until now among the `count` remembered, and forgets older ones. */
export async function retireSigningPassword(ctx: RequestContext, user: UserEntity, count: number): Promise<void> {
  if (!user.signingPasswordHash) return;
  await ctx.manager.query('INSERT INTO signing_password_history (user_id, password_hash, set_at, retired_at) VALUES ($1, $2, coalesce($3, now()), now())', [
    user.id,
    user.signingPasswordHash,
    user.signingPasswordSetAt,
  ]);
  await ctx.manager.query(
    `DELETE FROM signing_password_history WHERE user_id = $1
       AND id NOT IN (SELECT id FROM signing_password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2)`,
    [user.id, count],
  );
}
