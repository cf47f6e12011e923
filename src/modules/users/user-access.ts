import type { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import type { RequestContext } from '../../core/context';
import { UserEntity } from './user.entity';
import { UserStatus } from './user.enums';

const DEACTIVATED = 'This user account is deactivated';

/**
 * A valid token of a deactivated user is refused: deactivation must take effect at once,
 * not when the token expires. Users not provisioned in Lotgraph pass (the IdP vouches).
 */
export function refuseDeactivatedUsers(dataSource: DataSource) {
  return async (principal: Principal): Promise<string | null> => {
    const rows: { status: string }[] = await dataSource.query('SELECT status FROM app_user WHERE subject = $1', [principal.id]);
    return rows[0]?.status === 'DEACTIVATED' ? DEACTIVATED : null;
  };
}

/** The same rule for many subjects in one statement: those deactivated, with the reason. */
export function deactivatedUsersAmong(dataSource: DataSource) {
  return async (subjects: string[]): Promise<Map<string, string>> => {
    const rows: { subject: string }[] = await dataSource.query(`SELECT subject FROM app_user WHERE subject = ANY($1) AND status = 'DEACTIVATED'`, [subjects]);
    return new Map(rows.map((r) => [r.subject, DEACTIVATED]));
  };
}

/** A provisioned user, and the principal their recorded roles and scopes make them. */
export interface UserAccount {
  id: string;
  subject: string;
  active: boolean;
  principal: Principal;
}

/**
 * For rules about someone other than the caller (who may own or act on a record): the user as
 * recorded in Lotgraph, whose roles are judged by the same CASL rules as a token's.
 */
export async function findUserAccount(ctx: RequestContext, userId: string): Promise<UserAccount | null> {
  const user = await ctx.manager.findOneBy(UserEntity, { id: userId });
  if (!user) return null;
  return {
    id: user.id,
    subject: user.subject,
    active: user.status === UserStatus.ACTIVE,
    principal: { kind: 'user', id: user.subject, name: user.printedName, roles: user.roles, supplierId: user.supplierId ?? undefined, siteIds: user.siteIds },
  };
}
