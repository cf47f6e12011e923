import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { Viewer } from '../../core/auth/viewer.resolver';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { signingPasswordExpiresAt } from '../../core/signatures/signature.service';
import type { UserEntity } from './user.entity';
import { CallersOwnRecord } from '../../core/authz/entity-guard';
import * as users from './user.service';
import * as signing from './signing-password.service';
import {
  CreateUserInput,
  CreateUserPayload,
  DeactivateUserInput,
  DeactivateUserPayload,
  ResetSigningPasswordInput,
  ResetSigningPasswordPayload,
  SetSigningPasswordInput,
  SetSigningPasswordPayload,
  UpdateUserInput,
  UpdateUserPayload,
  User,
  UserConnection,
  UserFilter,
  UserOrder,
} from './user.types';

@Resolver()
export class UserResolver {
  @Query(() => UserConnection, { nullable: true, description: 'Users (ADMIN, QA_MANAGER, AUDITOR; BI_READER without e-mail).' })
  users(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: UserFilter,
    @Arg('orderBy', () => [UserOrder], { nullable: true, description: 'Sort keys in precedence order; the id is always the last tie-breaker so pages are stable.' }) orderBy?: UserOrder[],
  ) {
    return users.listUsers(ctx, args, filter ?? {}, orderBy);
  }

  @Mutation(() => CreateUserPayload, { description: 'Provisions a user (ADMIN).' })
  createUser(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateUserInput, { description: "The new user's name, roles and scope." }) input: CreateUserInput) {
    return toPayload(CreateUserPayload, async () => ({ user: await users.createUser(ctx, input) }));
  }

  @Mutation(() => UpdateUserPayload, { description: "Changes a user's name, e-mail, roles, supplier or sites (ADMIN)." })
  updateUser(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateUserInput, { description: 'The user and the fields to change.' }) input: UpdateUserInput) {
    return toPayload(UpdateUserPayload, async () => ({ user: await users.updateUser(ctx, input) }));
  }

  @Mutation(() => DeactivateUserPayload, { description: 'Deactivates a user for good (ADMIN); their tokens stop working at once.' })
  deactivateUser(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => DeactivateUserInput, { description: 'The user to deactivate (users are never deleted).' }) input: DeactivateUserInput) {
    return toPayload(DeactivateUserPayload, async () => ({ user: await users.deactivateUser(ctx, input) }));
  }

  @Mutation(() => SetSigningPasswordPayload, { description: "Sets the caller's own e-signature password (stored as a salted scrypt hash)." })
  setSigningPassword(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetSigningPasswordInput, { description: 'The current and the new signing password.' }) input: SetSigningPasswordInput) {
    return toPayload(SetSigningPasswordPayload, async () => ({ user: await signing.setSigningPassword(ctx, input) }));
  }

  @Mutation(() => ResetSigningPasswordPayload, { description: "Clears a user's signing password and lock (ADMIN)." })
  resetSigningPassword(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ResetSigningPasswordInput, { description: 'The user whose signing password is reset.' }) input: ResetSigningPasswordInput) {
    return toPayload(ResetSigningPasswordPayload, async () => ({ user: await signing.resetSigningPassword(ctx, input) }));
  }
}

@Resolver(() => User)
export class UserSigningPasswordResolver {
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'When the signing password stops signing (SIGNING_PASSWORD_MAX_AGE_DAYS after it was set; SIGNING_PASSWORD_EXPIRED after); null without one. Clients warn ahead of it.',
  })
  signingPasswordExpiresAt(@Root() user: UserEntity, @Ctx() { ctx }: GraphQLContext): Date | null {
    return user.signingPasswordSetAt ? signingPasswordExpiresAt(user.signingPasswordSetAt, ctx.platform.config.signing.passwordMaxAgeDays) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerUserResolver {
  /** Everyone may read their own user record through `me`, whatever their User permissions. */
  @CallersOwnRecord()
  @FieldResolver(() => User, { nullable: true, description: "The caller's provisioned user record; null if not provisioned." })
  user(@Root() viewer: Viewer, @Ctx() { ctx }: GraphQLContext) {
    return users.findUserBySubject(ctx, viewer.id);
  }
}
