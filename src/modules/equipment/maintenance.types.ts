import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ChangeWindowFilter } from '../../core/graphql/change-window';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { MaintenanceKind, MaintenanceOrderStatus } from './equipment.enums';

@ObjectType({ implements: [Node, LifecycleFields], description: 'Preventive or corrective maintenance of one piece of equipment.' })
export class MaintenanceOrder extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix mo_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field(() => ID, { description: 'Global id of the equipment maintained.' })
  equipmentId: string;

  @Field(() => MaintenanceKind, { description: 'PREVENTIVE or CORRECTIVE.' })
  kind: MaintenanceKind;

  @Field(() => MaintenanceOrderStatus, { description: 'Lifecycle status.' })
  status: MaintenanceOrderStatus;

  @Field({ description: 'The work, as planned (or as done, for work recorded after the fact).' })
  description: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the work is planned for.' })
  plannedFor: string | null;

  @Field(() => Int, { description: 'Minutes the equipment was unavailable, as recorded on completion.' })
  downtimeMinutes: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time the work started (IN_PROGRESS); null before.' })
  startedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who started the work.' })
  startedBy: string | null;

  @Field({
    description:
      'Starting took the equipment out of service, or found it held out by another order in progress; completion returns it. ' +
      'Cancelling an order that held it clears this on the other orders in progress: a person then returns it.',
  })
  tookEquipmentOutOfService: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time it was completed; null until DONE.' })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who recorded the work done.' })
  completedBy: string | null;

  @Field(() => String, { nullable: true, description: 'What was found and done, as recorded on completing a planned order.' })
  completionNotes: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time it was cancelled; null otherwise.' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who cancelled the order.' })
  cancelledBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the order was cancelled.' })
  cancelReason: string | null;
}

export const MaintenanceOrderConnection = ConnectionType(MaintenanceOrder, 'MaintenanceOrder');

@InputType({ description: 'Narrows maintenance orders; every given criterion must match.' })
export class MaintenanceOrderFilter extends ChangeWindowFilter {}
