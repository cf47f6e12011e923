import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import type { LocationEntity } from './location.entity';
import * as locations from './location.service';
import {
  CreateLocationInput, CreateLocationPayload, Location, LocationConnection, LocationFilter, LocationOrder, UpdateLocationInput,
  UpdateLocationPayload,
} from './location.types';
import type { SiteEntity } from './site.entity';
import { locationsBySiteLoader, siteLoader } from './site.loaders';
import * as sites from './site.service';
import { CreateSiteInput, CreateSitePayload, Site, SiteConnection, SiteFilter, SiteOrder, UpdateSiteInput, UpdateSitePayload } from './site.types';

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => SiteConnection, { description: 'Sites the caller may read.' })
  sites(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SiteFilter, { nullable: true }) filter?: SiteFilter,
    @Arg('orderBy', () => [SiteOrder], { nullable: true }) orderBy?: SiteOrder[],
  ) {
    return sites.listSites(ctx, args, filter ?? {}, orderBy);
  }

  @FieldResolver(() => [Location], {
    nullable: true,
    description: "The site's locations the caller may read, by code (all of them: use `locations(filter: { siteIds })` to page).",
  })
  locations(@Root() site: SiteEntity, @Ctx() { ctx }: GraphQLContext) {
    return locationsBySiteLoader(ctx).load(site.id);
  }

  @Mutation(() => CreateSitePayload, { description: 'Registers a site (ADMIN).' })
  createSite(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateSiteInput) input: CreateSiteInput) {
    return toPayload(CreateSitePayload, async () => ({ site: await sites.createSite(ctx, input) }));
  }

  @Mutation(() => UpdateSitePayload, { description: 'Changes a site (ADMIN).' })
  updateSite(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateSiteInput) input: UpdateSiteInput) {
    return toPayload(UpdateSitePayload, async () => ({ site: await sites.updateSite(ctx, input) }));
  }
}

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => LocationConnection, { description: 'Locations the caller may read (limited to the token siteIds for WAREHOUSE and PRODUCTION).' })
  locations(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => LocationFilter, { nullable: true }) filter?: LocationFilter,
    @Arg('orderBy', () => [LocationOrder], { nullable: true }) orderBy?: LocationOrder[],
  ) {
    return locations.listLocations(ctx, args, filter ?? {}, orderBy);
  }

  @FieldResolver(() => Site, { nullable: true })
  site(@Root() location: LocationEntity, @Ctx() { ctx }: GraphQLContext) {
    return siteLoader(ctx).load(location.siteId);
  }

  @Mutation(() => CreateLocationPayload, { description: 'Adds a location to an active site (WAREHOUSE within its sites, ADMIN).' })
  createLocation(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateLocationInput) input: CreateLocationInput) {
    return toPayload(CreateLocationPayload, async () => ({ location: await locations.createLocation(ctx, input) }));
  }

  @Mutation(() => UpdateLocationPayload, { description: 'Changes a location.' })
  updateLocation(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateLocationInput) input: UpdateLocationInput) {
    return toPayload(UpdateLocationPayload, async () => ({ location: await locations.updateLocation(ctx, input) }));
  }
}
