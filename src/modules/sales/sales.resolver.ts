import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { Customer } from '../customers/customer.types';
import type { SalesOrderEntity, ShipmentEntity } from './sales.entities';
import { addCustomerAddress } from './customer-address.service';
import { allocateSalesOrder } from './allocation.service';
import { cancelSalesOrder, closeSalesOrder, confirmSalesOrder, createSalesOrder, listSalesOrders } from './sales-order.service';
import { shipSalesOrder } from './shipping.service';
import { listShipments } from './shipment.service';
import { addressesLoader, salesOrderLinesLoader, shipmentLinesLoader } from './sales.table';
import { CustomerAddress, SalesOrder, SalesOrderConnection, SalesOrderFilter, SalesOrderLine, Shipment, ShipmentConnection, ShipmentFilter, ShipmentLine } from './sales.types';
import {
  AddCustomerAddressInput,
  AddCustomerAddressPayload,
  AllocateSalesOrderPayload,
  CreateSalesOrderInput,
  SalesOrderPayload,
  SalesOrderTransitionInput,
  ShipSalesOrderInput,
  ShipSalesOrderPayload,
} from './sales-inputs.types';

@Resolver(() => SalesOrder)
export class SalesOrderResolver {
  @Query(() => SalesOrderConnection, { nullable: true, description: 'Sales orders, newest first.' })
  salesOrders(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SalesOrderFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: SalesOrderFilter,
  ) {
    return listSalesOrders(ctx, args, filter ?? {});
  }

  @FieldResolver(() => [SalesOrderLine], { nullable: true, description: 'The lines, in order; null with FORBIDDEN for a caller who may not read order lines.' })
  lines(@Root() order: SalesOrderEntity, @Ctx() { ctx }: GraphQLContext) {
    return salesOrderLinesLoader(ctx).load(order.id);
  }

  @Mutation(() => AddCustomerAddressPayload, { description: 'Adds a shipping address (consignee) to a customer.' })
  addCustomerAddress(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => AddCustomerAddressInput, { description: 'The customer and the new shipping address.' }) input: AddCustomerAddressInput) {
    return toPayload(AddCustomerAddressPayload, async () => ({ address: await addCustomerAddress(ctx, input) }));
  }

  @Mutation(() => SalesOrderPayload, { description: 'Creates a DRAFT sales order.' })
  createSalesOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateSalesOrderInput, { description: 'The customer, ship-to address and ordered lines.' }) input: CreateSalesOrderInput) {
    return toPayload(SalesOrderPayload, async () => ({ salesOrder: await createSalesOrder(ctx, input) }));
  }

  @Mutation(() => SalesOrderPayload, { description: 'DRAFT → CONFIRMED.' })
  confirmSalesOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SalesOrderTransitionInput, { description: 'The DRAFT sales order to confirm.' }) input: SalesOrderTransitionInput) {
    return toPayload(SalesOrderPayload, async () => ({ salesOrder: await confirmSalesOrder(ctx, input) }));
  }

  @Mutation(() => AllocateSalesOrderPayload, { description: 'CONFIRMED → ALLOCATED: usable lots first-expiry-first-out; conditional releases only within their concession.' })
  allocateSalesOrder(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => SalesOrderTransitionInput, { description: 'The CONFIRMED sales order to reserve stock for (FEFO).' }) input: SalesOrderTransitionInput,
  ) {
    return toPayload(AllocateSalesOrderPayload, async () => {
      const { order, allocations } = await allocateSalesOrder(ctx, input);
      return { salesOrder: order, allocations };
    });
  }

  @Mutation(() => ShipSalesOrderPayload, { description: 'ALLOCATED → SHIPPED: SHIP movements and a shipment with lot, serial, UDI and consignee.' })
  shipSalesOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ShipSalesOrderInput, { description: 'The ALLOCATED sales order to ship.' }) input: ShipSalesOrderInput) {
    return toPayload(ShipSalesOrderPayload, async () => {
      const { order, shipment } = await shipSalesOrder(ctx, input);
      return { salesOrder: order, shipment };
    });
  }

  @Mutation(() => SalesOrderPayload, { description: 'Cancels an order not yet shipped (with a reason); allocations are released.' })
  cancelSalesOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SalesOrderTransitionInput, { description: 'The sales order and why it is cancelled.' }) input: SalesOrderTransitionInput) {
    return toPayload(SalesOrderPayload, async () => ({ salesOrder: await cancelSalesOrder(ctx, input) }));
  }

  @Mutation(() => SalesOrderPayload, { description: 'SHIPPED → CLOSED (with a reason).' })
  closeSalesOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SalesOrderTransitionInput, { description: 'The shipped sales order and why it is closed.' }) input: SalesOrderTransitionInput) {
    return toPayload(SalesOrderPayload, async () => ({ salesOrder: await closeSalesOrder(ctx, input) }));
  }
}

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Query(() => ShipmentConnection, { nullable: true, description: 'Shipments (distribution records), newest first.' })
  shipments(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ShipmentFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: ShipmentFilter,
  ) {
    return listShipments(ctx, args, filter);
  }

  @FieldResolver(() => [ShipmentLine], { description: 'What was shipped, line by line.' })
  lines(@Root() shipment: ShipmentEntity, @Ctx() { ctx }: GraphQLContext) {
    return shipmentLinesLoader(ctx).load(shipment.id);
  }
}

@Resolver(() => Customer)
export class CustomerAddressResolver {
  @FieldResolver(() => [CustomerAddress], { nullable: true, description: 'Shipping addresses.' })
  addresses(@Root() customer: { id: string }, @Ctx() { ctx }: GraphQLContext) {
    return addressesLoader(ctx).load(customer.id);
  }
}
