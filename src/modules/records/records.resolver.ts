import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { asQueryErrors } from '../../core/graphql/query-errors';
import { deviceHistoryRecord } from './device-history-record.service';
import { DeviceHistoryRecord } from './device-history-record.types';

@Resolver()
export class RecordsResolver {
  @Query(() => DeviceHistoryRecord, {
    nullable: true,
    description: "The batch record (device history record) of a lot; NOT_FOUND when the lot is unknown or outside the caller's row scope. Also served as a PDF at GET /records/lots/{id}/batch-record.",
  })
  deviceHistoryRecord(@Ctx() { ctx }: GraphQLContext, @Arg('lotId', () => ID, { description: 'The produced lot whose batch record is wanted.' }) lotId: string) {
    return asQueryErrors(() => deviceHistoryRecord(ctx, lotId));
  }
}
