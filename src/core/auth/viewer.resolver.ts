import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { packRules } from '@casl/ability/extra';
import type { GraphQLContext } from '../graphql/graphql-context';
import { unauthenticated } from '../graphql/errors';
import { JSONScalar } from '../graphql/scalars';

@ObjectType({ description: 'The authenticated caller, as the token identifies them.' })
export class Viewer {
  @Field(() => ID, { description: 'The token subject (`sub`).' })
  id: string;

  @Field({ description: 'Printed name used in audit entries and signatures.' })
  name: string;

  @Field(() => [String], { description: "The caller's roles from the token's `roles` claim, e.g. QA_MANAGER." })
  roles: string[];

  @Field(() => ID, { nullable: true, description: 'The supplier a SUPPLIER caller acts for (token `supplierId` claim); null for other roles.' })
  supplierId?: string;

  @Field(() => [ID], { description: 'Sites the caller is scoped to (token `siteIds` claim); empty means not scoped by site.' })
  siteIds: string[];
}

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: 'The caller; null with UNAUTHENTICATED without a token (the rest of the query is still answered).' })
  me(@Ctx() { ctx }: GraphQLContext): Viewer {
    if (ctx.principal.kind !== 'user') throw unauthenticated();
    const { id, name, roles, supplierId, siteIds } = ctx.principal;
    return { id, name, roles, supplierId, siteIds };
  }

  @Query(() => JSONScalar, {
    description: "The caller's CASL rules, packed (@casl/ability/extra packRules), so clients can hide what the server would refuse.",
  })
  myAbility(@Ctx() { ctx }: GraphQLContext): unknown {
    return packRules(ctx.ability.rules as never);
  }
}
