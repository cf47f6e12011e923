import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { forbidden } from '../../core/graphql/errors';
import { toPayload } from '../../core/graphql/payload';
import type { LocationEntity } from './location.entity';
import * as locations from './location.service';
import { CreateLocationInput, CreateLocationPayload, Location, LocationConnection, LocationFilter, LocationOrder, UpdateLocationInput, UpdateLocationPayload } from './location.types';
import type { SiteEntity } from './site.entity';
import { SITE } from './site.declaration';
import { Site } from './site.types';

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => LocationConnection, { nullable: true, description: 'Locations the caller may read, keyset-paginated (WAREHOUSE and PRODUCTION tokens with siteIds: those sites only).' })
  locations(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => LocationFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: LocationFilter,
    @Arg('orderBy', () => [LocationOrder], { nullable: true, description: 'Ordering keys, by code when omitted; the id breaks ties.' }) orderBy?: LocationOrder[],
  ) {
    return locations.listLocations(ctx, args, filter ?? {}, orderBy);
  }

  // Nullable: a caller who may read the location but not its site gets null and FORBIDDEN here, the location still answered.
  @FieldResolver(() => Site, { nullable: true, description: 'The site the location belongs to; null with FORBIDDEN for a caller who may not read it.' })
  async site(@Root() location: LocationEntity, @Ctx() { ctx }: GraphQLContext): Promise<SiteEntity> {
    const site = await SITE.loader(ctx).load(location.siteId);
    if (!site) throw forbidden(`Not allowed to read site ${location.siteId}`);
    return site;
  }

  @Mutation(() => CreateLocationPayload, { description: 'Adds a location to an ACTIVE site (WAREHOUSE within its token sites, ADMIN).' })
  createLocation(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateLocationInput, { description: "The site and the new location's code and name." }) input: CreateLocationInput) {
    return toPayload(CreateLocationPayload, async () => ({ location: await locations.createLocation(ctx, input) }));
  }

  @Mutation(() => UpdateLocationPayload, { description: 'Changes a location, including ACTIVE/INACTIVE; refused with VERSION_CONFLICT if expectedVersion is stale.' })
  updateLocation(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateLocationInput, { description: 'The location and the fields to change.' }) input: UpdateLocationInput) {
    return toPayload(UpdateLocationPayload, async () => ({ location: await locations.updateLocation(ctx, input) }));
  }
}
