import { subject } from '@casl/ability';
import type { RequestContext } from '../../core/context';
import { defineAbilityFor } from '../../core/authz/ability';
import type { AppAbility } from '../../core/authz/rule-builder';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { findUserAccount, type UserAccount } from '../users/user-access';
import type { CapaActionEntity, CapaEntity } from './capa.entity';

const OWNER = ['input', 'ownerId'];

/**
 * An action as the roles' `complete` rules see it: with its owner's subject, so a role that
 * completes "the actions it owns" matches only those.
 */
export function ownedAction(action: Partial<CapaActionEntity>, ownerSubject: string) {
  return subject('CapaAction', { ...action, ownerSubject });
}

export function mayComplete(ability: AppAbility, action: Partial<CapaActionEntity>, ownerSubject: string): boolean {
  return ability.can('complete', ownedAction(action, ownerSubject) as never);
}

/** The account's recorded roles, judged by the same rules as a caller's token. */
export function abilityOf(account: UserAccount): AppAbility {
  return defineAbilityFor(account.principal);
}

async function activeOwner(ctx: RequestContext, userId: string): Promise<UserAccount> {
  const account = await findUserAccount(ctx, userId);
  if (!account) fail(ErrorCode.NOT_FOUND, `No user ${userId}`, OWNER);
  if (!account.active) fail(ErrorCode.VALIDATION_FAILED, `User ${userId} is deactivated`, OWNER);
  return account;
}

/** A CAPA's owner runs it: their roles must let them update it (reading it is not enough). */
export async function assertCapaOwner(ctx: RequestContext, userId: string, capa: CapaEntity): Promise<void> {
  const account = await activeOwner(ctx, userId);
  if (!abilityOf(account).can('update', subject('Capa', { ...capa }) as never)) {
    fail(ErrorCode.VALIDATION_FAILED, `User ${userId} may not act on CAPAs (their roles cannot update one), so cannot own one`, OWNER);
  }
}

/** An action's owner completes it: their roles must let them complete the actions they own. */
export async function assertActionOwner(ctx: RequestContext, userId: string, action: Partial<CapaActionEntity>): Promise<void> {
  const account = await activeOwner(ctx, userId);
  if (!mayComplete(abilityOf(account), action, account.subject)) {
    fail(ErrorCode.VALIDATION_FAILED, `User ${userId} may not act on CAPA actions (their roles cannot complete one), so cannot own one`, OWNER);
  }
}
