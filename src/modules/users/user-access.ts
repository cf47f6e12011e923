import type { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';

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
    const rows: { subject: string }[] = await dataSource.query(
      `SELECT subject FROM app_user WHERE subject = ANY($1) AND status = 'DEACTIVATED'`, [subjects]);
    return new Map(rows.map((r) => [r.subject, DEACTIVATED]));
  };
}
