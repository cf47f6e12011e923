import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';

/** An active user who can own a CAPA or an action; refused otherwise. */
export async function assertActiveUser(ctx: RequestContext, userId: string, field: string[]): Promise<{ id: string; subject: string }> {
  const [user]: { id: string; subject: string; status: string }[] = await ctx.manager.query('SELECT id, subject, status FROM app_user WHERE id = $1', [userId]);
  if (!user) fail(ErrorCode.NOT_FOUND, `No user ${userId}`, field);
  if (user.status !== 'ACTIVE') fail(ErrorCode.VALIDATION_FAILED, `User ${userId} is deactivated`, field);
  return user;
}
