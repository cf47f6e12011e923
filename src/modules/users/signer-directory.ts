import type { EntityManager } from 'typeorm';
import type { Signer, SignerDirectory } from '../../core/signatures/signer-directory';
import { UserEntity } from './user.entity';
import { UserStatus } from './user.enums';
import { verifySigningPassword } from './signing-password';

function toSigner(user: UserEntity): Signer {
  return {
    userId: user.id,
    subject: user.subject,
    printedName: user.printedName,
    passwordHash: user.signingPasswordHash,
    passwordSetAt: user.signingPasswordSetAt,
    failedAttempts: user.signingFailedAttempts,
    locked: user.signingLocked,
    active: user.status === UserStatus.ACTIVE,
  };
}

/**
 * Signers are provisioned users. The failure counter is not part of the user's versioned
 * data (an admin editing the user must not conflict with it), so it is updated in place.
 */
export const userSignerDirectory: SignerDirectory = {
  async findBySubject(manager: EntityManager, subject: string) {
    const user = await manager.findOneBy(UserEntity, { subject });
    return user ? toSigner(user) : null;
  },
  async lockBySubject(manager: EntityManager, subject: string) {
    // NO KEY UPDATE: signatures referencing the user (FOR KEY SHARE) are not held up by it.
    const user = await manager.createQueryBuilder(UserEntity, 'u').setLock('for_no_key_update').where('u.subject = :subject', { subject }).getOne();
    return user ? toSigner(user) : null;
  },
  verifyPassword: verifySigningPassword,
  async recordFailure(manager: EntityManager, userId: string, lockAfter: number) {
    const [rows] = (await manager.query(
      `UPDATE app_user SET signing_failed_attempts = signing_failed_attempts + 1,
              signing_locked_at = CASE WHEN signing_failed_attempts + 1 >= $2 THEN coalesce(signing_locked_at, now()) ELSE signing_locked_at END
       WHERE id = $1 RETURNING signing_failed_attempts AS attempts`,
      [userId, lockAfter],
    )) as [{ attempts: number }[], number];
    const attempts = rows[0]?.attempts ?? 0;
    return { attempts, lockedNow: attempts === lockAfter };
  },
  async recordSuccess(manager: EntityManager, userId: string) {
    await manager.query('UPDATE app_user SET signing_failed_attempts = 0 WHERE id = $1 AND signing_failed_attempts <> 0', [userId]);
  },
};
