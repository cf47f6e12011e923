import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import * as equipment from './equipment.service';
import { EQUIPMENT } from './equipment.declaration';
import { equipmentStatusChanges } from './equipment-changes.service';
import { CalibrationRecordConnection, CalibrationRecordFilter, EquipmentConnection, EquipmentFilter, EquipmentStatusChangedEvent, EquipmentStatusChangedFilter } from './equipment.types';
import { RecordCalibrationInput, RecordCalibrationPayload, RegisterEquipmentInput, RegisterEquipmentPayload, SetEquipmentStatusInput, SetEquipmentStatusPayload } from './equipment-inputs.types';

@Resolver()
export class EquipmentResolver {
  @Query(() => EquipmentConnection, { nullable: true, description: 'Instruments and assets, by asset tag.' })
  equipment(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EquipmentFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: EquipmentFilter,
  ) {
    return EQUIPMENT.list(ctx, args, filter ?? {});
  }

  @Query(() => CalibrationRecordConnection, { nullable: true, description: 'Calibration records, newest first.' })
  calibrationRecords(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('equipmentIds', () => [ID], { nullable: true, description: 'Only records of one of these pieces of equipment.' }) equipmentIds?: string[],
    @Arg('filter', () => CalibrationRecordFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: CalibrationRecordFilter,
  ) {
    return equipment.listCalibrations(ctx, args, equipmentIds, filter);
  }

  @Mutation(() => RegisterEquipmentPayload, { description: 'Registers equipment; calibrated equipment starts OUT_OF_CALIBRATION until its first PASS.' })
  registerEquipment(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => RegisterEquipmentInput, { description: "The new equipment's asset tag, type, site and calibration interval." }) input: RegisterEquipmentInput,
  ) {
    return toPayload(RegisterEquipmentPayload, async () => ({ equipment: await equipment.registerEquipment(ctx, input) }));
  }

  @Mutation(() => SetEquipmentStatusPayload, { description: 'Takes equipment out of or back into service, or retires it; back into service needs a valid passing calibration.' })
  setEquipmentStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetEquipmentStatusInput, { description: 'The equipment, its new status and why.' }) input: SetEquipmentStatusInput) {
    return toPayload(SetEquipmentStatusPayload, async () => ({ equipment: await equipment.setEquipmentStatus(ctx, input) }));
  }

  @Mutation(() => RecordCalibrationPayload, {
    description:
      'Records a calibration. PASS moves the due date and returns OUT_OF_CALIBRATION equipment to service, unless maintenance is in progress on it ' +
      '(completing the maintenance returns it). FAIL clears the due date and takes the equipment out of calibration until a later PASS; ' +
      'OUT_OF_SERVICE equipment stays OUT_OF_SERVICE.',
  })
  recordCalibration(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => RecordCalibrationInput, { description: "The equipment and the calibration's result, as-found and as-left readings." }) input: RecordCalibrationInput,
  ) {
    return toPayload(RecordCalibrationPayload, () => equipment.recordCalibration(ctx, input));
  }

  @Subscription(() => EquipmentStatusChangedEvent, {
    description: 'Committed status changes of equipment the subscriber may read (registration, service, calibration results).',
    subscribe: ({ context, args }) => equipmentStatusChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as EquipmentStatusChangedFilter, args.after as string | undefined),
  })
  equipmentStatusChanged(
    @Root() event: EquipmentStatusChangedEvent,
    @Arg('filter', () => EquipmentStatusChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: EquipmentStatusChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): EquipmentStatusChangedEvent {
    return event;
  }
}
