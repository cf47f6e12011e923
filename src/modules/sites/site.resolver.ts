import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { LocationConnection, LocationFilter, LocationOrder } from './location.types';
import type { SiteEntity } from './site.entity';
import { locationPageBySiteLoader } from './site.loaders';
import * as sites from './site.service';
import { CreateSiteInput, CreateSitePayload, Site, SiteConnection, SiteFilter, SiteOrder, UpdateSiteInput, UpdateSitePayload } from './site.types';

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => SiteConnection, { nullable: true, description: 'Sites the caller may read, keyset-paginated.' })
  sites(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SiteFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: SiteFilter,
    @Arg('orderBy', () => [SiteOrder], { nullable: true, description: 'Ordering keys, by code when omitted; the id breaks ties.' }) orderBy?: SiteOrder[],
  ) {
    return sites.listSites(ctx, args, filter ?? {}, orderBy);
  }

  // Nullable on purpose (API.md): a caller who reads sites but not locations (SALES) gets null
  // with FORBIDDEN here and the rest of the response; a non-null field would void the whole list.
  @FieldResolver(() => LocationConnection, {
    nullable: true,
    description: "The site's locations the caller may read, keyset-paginated; null with FORBIDDEN for callers who may not read locations.",
  })
  locations(
    @Root() site: SiteEntity,
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => LocationFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: LocationFilter,
    @Arg('orderBy', () => [LocationOrder], { nullable: true, description: 'Ordering keys, by code when omitted; the id breaks ties.' }) orderBy?: LocationOrder[],
  ) {
    return locationPageBySiteLoader(ctx, args, filter ?? {}, orderBy).load(site.id);
  }

  @Mutation(() => CreateSitePayload, { description: 'Registers a site, ACTIVE (ADMIN).' })
  createSite(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateSiteInput, { description: "The new site's code and name." }) input: CreateSiteInput) {
    return toPayload(CreateSitePayload, async () => ({ site: await sites.createSite(ctx, input) }));
  }

  @Mutation(() => UpdateSitePayload, { description: 'Changes a site (ADMIN); refused with VERSION_CONFLICT if expectedVersion is stale.' })
  updateSite(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateSiteInput, { description: 'The site and the fields to change.' }) input: UpdateSiteInput) {
    return toPayload(UpdateSitePayload, async () => ({ site: await sites.updateSite(ctx, input) }));
  }
}
