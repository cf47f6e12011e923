import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import * as customers from './customer.service';
import {
  CreateCustomerInput,
  CreateCustomerPayload,
  CustomerConnection,
  CustomerFilter,
  CustomerOrder,
  SetCustomerStatusInput,
  SetCustomerStatusPayload,
  UpdateCustomerInput,
  UpdateCustomerPayload,
} from './customer.types';

@Resolver()
export class CustomerResolver {
  @Query(() => CustomerConnection, { nullable: true, description: 'Customers the caller may read.' })
  customers(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: CustomerFilter,
    @Arg('orderBy', () => [CustomerOrder], { nullable: true, description: 'Sort keys in precedence order; the id is always the last tie-breaker so pages are stable.' }) orderBy?: CustomerOrder[],
  ) {
    return customers.listCustomers(ctx, args, filter ?? {}, orderBy);
  }

  @Mutation(() => CreateCustomerPayload, { description: 'Registers an ACTIVE customer (SALES, ADMIN).' })
  createCustomer(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateCustomerInput, { description: "The new customer's master data." }) input: CreateCustomerInput) {
    return toPayload(CreateCustomerPayload, async () => ({ customer: await customers.createCustomer(ctx, input) }));
  }

  @Mutation(() => UpdateCustomerPayload, { description: "Changes a customer's data." })
  updateCustomer(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateCustomerInput, { description: 'The customer and the master data fields to change.' }) input: UpdateCustomerInput) {
    return toPayload(UpdateCustomerPayload, async () => ({ customer: await customers.updateCustomer(ctx, input) }));
  }

  @Mutation(() => SetCustomerStatusPayload, { description: 'Deactivates or reactivates a customer, with a reason.' })
  setCustomerStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetCustomerStatusInput, { description: 'The customer and its new status.' }) input: SetCustomerStatusInput) {
    return toPayload(SetCustomerStatusPayload, async () => ({ customer: await customers.setCustomerStatus(ctx, input) }));
  }
}
