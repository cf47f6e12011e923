import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { Role } from '../../core/authz/role';
import type { UserStatus } from './user.enums';

/** A person (or service account) known to Lotgraph. Deactivated, never deleted. */
@Entity('app_user')
export class UserEntity extends LifecycleColumns {
  static readonly typeName = 'User';

  @PrimaryColumn('text')
  id: string;

  /** The identity provider's subject, matched to the JWT `sub`. */
  @Column('text', { unique: true })
  subject: string;

  @Column('text', { name: 'printed_name' })
  printedName: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { name: 'supplier_id', nullable: true })
  supplierId: string | null;

  @Column('text', { name: 'site_ids', array: true })
  siteIds: string[];

  @Column('text')
  status: UserStatus;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  @Column('text', { name: 'deactivation_reason', nullable: true })
  deactivationReason: string | null;

  /** Salted scrypt hash of the e-signature password; never exposed. */
  @Column('text', { name: 'signing_password_hash', nullable: true, select: true })
  signingPasswordHash: string | null;

  /** When the current signing password was set; it signs for SIGNING_PASSWORD_MAX_AGE_DAYS from then. */
  @Column('timestamptz', { name: 'signing_password_set_at', nullable: true })
  signingPasswordSetAt: Date | null;

  @Column('integer', { name: 'signing_failed_attempts' })
  signingFailedAttempts: number;

  @Column('timestamptz', { name: 'signing_locked_at', nullable: true })
  signingLockedAt: Date | null;

  get hasSigningPassword(): boolean {
    return this.signingPasswordHash !== null;
  }

  get signingLocked(): boolean {
    return this.signingLockedAt !== null;
  }
}

export const USER_AUDITED_FIELDS = [
  'subject',
  'printedName',
  'email',
  'roles',
  'supplierId',
  'siteIds',
  'status',
  'deactivatedAt',
  'deactivationReason',
  'customFields',
] as const satisfies readonly (keyof UserEntity)[];
