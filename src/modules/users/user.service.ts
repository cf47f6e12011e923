import type { RequestContext } from '../../core/context';
import { assertCan, assertCanReadFields } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { containsPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { findSupplier } from '../suppliers/supplier.service';
import { USER_AUDITED_FIELDS, UserEntity } from './user.entity';
import { UserStatus } from './user.enums';
import { userStateMachine } from './user.state';
import { userChangedEvent } from './user.events';
import { USER_SPEC } from './user.table';
import { UserOrderField, type CreateUserInput, type DeactivateUserInput, type UpdateUserInput, type UserFilter, type UserOrder } from './user.types';

const ORDER_COLUMNS: Record<UserOrderField, OrderColumn<UserEntity>> = {
  [UserOrderField.PRINTED_NAME]: { column: 'u.printed_name', property: 'printedName' },
  [UserOrderField.SUBJECT]: { column: 'u.subject', property: 'subject' },
  // Users without an e-mail sort first (as ''); the cursor carries the same stand-in.
  [UserOrderField.EMAIL]: { column: "coalesce(u.email, '')", property: 'email', value: (u) => u.email ?? '' },
  [UserOrderField.CREATED_AT]: { column: 'u.created_at', property: 'createdAt' },
};

export async function listUsers(ctx: RequestContext, args: ConnectionArgs, filter: UserFilter = {}, orderBy?: UserOrder[]): Promise<Connection<UserEntity>> {
  const qb = authorizedQuery(ctx, USER_SPEC);
  const used: string[] = [];
  if (filter.ids) {
    qb.andWhere('u.id = ANY(:ids)', { ids: filter.ids });
    used.push('id');
  }
  if (filter.status) {
    qb.andWhere('u.status = ANY(:st)', { st: filter.status });
    used.push('status');
  }
  if (filter.roles) {
    qb.andWhere('u.roles && :roles::text[]', { roles: filter.roles });
    used.push('roles');
  }
  if (filter.search) {
    qb.andWhere(`(u.printed_name ILIKE :search ESCAPE '\\' OR u.subject ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
    used.push('printedName', 'subject');
  }
  if (filter.email) {
    qb.andWhere('lower(u.email) = lower(:email)', { email: filter.email });
    used.push('email');
  }
  assertCanReadFields(ctx, 'User', used, 'filter');
  const keys = sortKeys(ctx, 'User', orderBy, ORDER_COLUMNS, { field: UserOrderField.PRINTED_NAME, direction: SortDirection.ASC }, 'u.id');
  return paginate(qb, args, keys, filter);
}

type UserData = Omit<UpdateUserInput, 'id' | 'expectedVersion' | 'reason'>;

function userData(v: InputValidator, input: UserData): Partial<UserEntity> {
  const out: Partial<UserEntity> = {};
  if (input.printedName !== undefined) out.printedName = v.text('printedName', input.printedName);
  if (input.email !== undefined) out.email = v.email('email', input.email);
  if (input.roles != null) {
    if (input.roles.length === 0) v.fail('roles', 'A user needs at least one role');
    out.roles = [...new Set(input.roles)];
  }
  if (input.supplierId !== undefined) out.supplierId = input.supplierId || null;
  if (input.siteIds != null) out.siteIds = [...new Set(input.siteIds)];
  const cf = v.customFields('customFields', input.customFields);
  if (cf) out.customFields = cf;
  return out;
}

/** A SUPPLIER account belongs to exactly one existing supplier; nobody else has a supplierId. */
async function assertSupplierLink(ctx: RequestContext, user: Pick<UserEntity, 'roles' | 'supplierId'>): Promise<void> {
  const isSupplier = user.roles.includes('SUPPLIER');
  if (isSupplier && !user.supplierId) fail(ErrorCode.VALIDATION_FAILED, 'A SUPPLIER account needs a supplierId', ['input', 'supplierId']);
  if (!isSupplier && user.supplierId) fail(ErrorCode.VALIDATION_FAILED, 'Only SUPPLIER accounts have a supplierId', ['input', 'supplierId']);
  if (user.supplierId && !(await findSupplier(ctx, user.supplierId))) fail(ErrorCode.NOT_FOUND, `No supplier ${user.supplierId}`, ['input', 'supplierId']);
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserEntity> {
  assertCan(ctx, 'create', 'User');
  const v = new InputValidator();
  const subject = v.text('subject', input.subject, 200);
  const fields = userData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    if (await tx.manager.existsBy(UserEntity, { subject })) fail(ErrorCode.DUPLICATE, `A user with subject ${subject} already exists`, ['input', 'subject']);
    const draft = tx.manager.create(UserEntity, {
      supplierId: null,
      siteIds: [],
      customFields: {},
      ...fields,
      id: newId('usr'),
      subject,
      status: UserStatus.ACTIVE,
      signingPasswordHash: null,
      signingPasswordSetAt: null,
      signingFailedAttempts: 0,
      signingLockedAt: null,
      version: 1,
    });
    await assertSupplierLink(tx, draft);
    const user = await tx.manager.save(draft);
    audit({ action: 'CREATE', entityType: 'User', entityId: user.id, reason: input.reason, changes: diffFields(null, user, USER_AUDITED_FIELDS) });
    emit(userChangedEvent('CREATED', user, USER_AUDITED_FIELDS));
    return user;
  });
}

export async function findUser(ctx: RequestContext, id: string): Promise<UserEntity> {
  const user = await ctx.manager.findOneBy(UserEntity, { id });
  if (!user) fail(ErrorCode.NOT_FOUND, `No user ${id}`, ['input', 'id']);
  return user;
}

export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<UserEntity> {
  assertCan(ctx, 'update', 'User');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const fields = userData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await findUser(tx, input.id);
    if (current.status === UserStatus.DEACTIVATED) fail(ErrorCode.INVALID_TRANSITION, 'A deactivated user cannot be changed', ['input', 'id']);
    await assertSupplierLink(tx, { roles: fields.roles ?? current.roles, supplierId: fields.supplierId !== undefined ? fields.supplierId : current.supplierId });
    const { updated, changes, written } = await updateAudited(tx, UserEntity, current, input.expectedVersion, fields, USER_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'User', entityId: updated.id, changes, reason });
    emit(
      userChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

export async function deactivateUser(ctx: RequestContext, input: DeactivateUserInput): Promise<UserEntity> {
  assertCan(ctx, 'deactivate', 'User');
  const deactivated = await inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const current = await findUser(tx, input.id);
    const check = userStateMachine.check(current.status, UserStatus.DEACTIVATED, ctx.principal.roles, input.reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', check.code === 'VALIDATION_FAILED' ? 'reason' : 'id']);
    const updated = await updateVersioned(tx, UserEntity, current.id, input.expectedVersion, {
      status: UserStatus.DEACTIVATED,
      deactivatedAt: new Date(),
      deactivationReason: input.reason.trim(),
    });
    audit({ action: 'DEACTIVATE', entityType: 'User', entityId: updated.id, reason: input.reason.trim(), changes: diffFields(current, updated, USER_AUDITED_FIELDS) });
    emit(userChangedEvent('UPDATED', updated, ['status']));
    return updated;
  });
  // Every process (this one too) also hears the committed event and closes the user's sockets.
  ctx.platform.principals.forget(deactivated.subject);
  return deactivated;
}

/** The provisioned user behind the caller's token, if any. */
export function findUserBySubject(ctx: RequestContext, subject: string): Promise<UserEntity | null> {
  return ctx.manager.findOneBy(UserEntity, { subject });
}
