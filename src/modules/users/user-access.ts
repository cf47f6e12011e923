import type { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';

/**
 * A valid token of a deactivated user is refused: deactivation must take effect at once,
 * not when the token expires. Users not provisioned in Lotgraph pass (the IdP vouches).
 */
export function refuseDeactivatedUsers(dataSource: DataSource) {
  return async (principal: Principal): Promise<string | null> => {
    const rows: { status: string }[] = await dataSource.query('SELECT status FROM app_user WHERE subject = $1', [principal.id]);
    return rows[0]?.status === 'DEACTIVATED' ? 'This user account is deactivated' : null;
  };
}
