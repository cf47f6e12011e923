import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { MaintenanceOrderStatus } from './equipment.enums';
import { cancelMaintenanceOrder, openMaintenanceOrder, startMaintenance } from './maintenance-lifecycle.service';
import { listMaintenance, recordMaintenance } from './maintenance.service';
import { MaintenanceOrderConnection, MaintenanceOrderFilter } from './maintenance.types';
import {
  CancelMaintenanceOrderInput,
  CancelMaintenanceOrderPayload,
  OpenMaintenanceOrderInput,
  OpenMaintenanceOrderPayload,
  RecordMaintenanceInput,
  RecordMaintenancePayload,
  StartMaintenanceInput,
  StartMaintenancePayload,
} from './maintenance-inputs.types';

@Resolver()
export class MaintenanceResolver {
  @Query(() => MaintenanceOrderConnection, { nullable: true, description: 'Maintenance orders, newest first.' })
  maintenanceOrders(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('equipmentIds', () => [ID], { nullable: true, description: 'Only orders for one of these pieces of equipment.' }) equipmentIds?: string[],
    @Arg('status', () => [MaintenanceOrderStatus], { nullable: true, description: 'Only orders in these statuses.' }) status?: MaintenanceOrderStatus[],
    @Arg('filter', () => MaintenanceOrderFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: MaintenanceOrderFilter,
  ) {
    return listMaintenance(ctx, args, equipmentIds, status, filter);
  }

  @Mutation(() => OpenMaintenanceOrderPayload, { description: 'Plans preventive or corrective maintenance (OPEN).' })
  openMaintenanceOrder(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => OpenMaintenanceOrderInput, { description: 'The equipment and the maintenance planned for it.' }) input: OpenMaintenanceOrderInput,
  ) {
    return toPayload(OpenMaintenanceOrderPayload, async () => ({ maintenanceOrder: await openMaintenanceOrder(ctx, input) }));
  }

  @Mutation(() => StartMaintenancePayload, { description: 'Starts the work (IN_PROGRESS) and takes the equipment out of service.' })
  startMaintenance(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => StartMaintenanceInput, { description: 'The OPEN maintenance order whose work starts.' }) input: StartMaintenanceInput) {
    return toPayload(StartMaintenancePayload, () => startMaintenance(ctx, input));
  }

  @Mutation(() => RecordMaintenancePayload, { description: 'Completes a maintenance order, or records unplanned maintenance after the fact; spare-part lots are issued from stock.' })
  recordMaintenance(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => RecordMaintenanceInput, { description: 'The maintenance done, its downtime and the spare parts used.' }) input: RecordMaintenanceInput,
  ) {
    return toPayload(RecordMaintenancePayload, () => recordMaintenance(ctx, input));
  }

  @Mutation(() => CancelMaintenanceOrderPayload, {
    description:
      'Cancels an OPEN or IN_PROGRESS order, with a reason; equipment it held out of service stays out of service until a person returns it, ' +
      'even when other orders in progress on it are completed.',
  })
  cancelMaintenanceOrder(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CancelMaintenanceOrderInput, { description: 'The maintenance order and why it is cancelled.' }) input: CancelMaintenanceOrderInput,
  ) {
    return toPayload(CancelMaintenanceOrderPayload, async () => ({ maintenanceOrder: await cancelMaintenanceOrder(ctx, input) }));
  }
}
