import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';

/** What an operator did to or for the lot; stock movement types in the past tense, plus component consumption. */
export enum OperatorActivity {
  RECEIVED = 'RECEIVED',
  PRODUCED = 'PRODUCED',
  CONSUMED_COMPONENT = 'CONSUMED_COMPONENT',
  TRANSFERRED = 'TRANSFERRED',
  ISSUED = 'ISSUED',
  SHIPPED = 'SHIPPED',
  ADJUSTED = 'ADJUSTED',
  SCRAPPED = 'SCRAPPED',
  SAMPLED = 'SAMPLED',
  RETURNED = 'RETURNED',
}

registerEnumType(OperatorActivity, {
  name: 'OperatorActivity',
  description:
    'What an operator did: a stock movement of the lot (RECEIVED, PRODUCED, TRANSFERRED, ISSUED, SHIPPED, ADJUSTED, SCRAPPED, SAMPLED, RETURNED), or CONSUMED_COMPONENT: issued a component lot into the work order that made it.',
  valuesConfig: {
    ADJUSTED: { description: 'Corrected the counted stock of the lot.' },
    CONSUMED_COMPONENT: { description: 'Issued a component lot into the work order that made this lot.' },
    ISSUED: { description: 'Issued stock of the lot.' },
    PRODUCED: { description: 'Produced the lot.' },
    RECEIVED: { description: 'Received the lot.' },
    RETURNED: { description: 'Returned stock of the lot.' },
    SAMPLED: { description: 'Took a retained sample of the lot.' },
    SCRAPPED: { description: 'Scrapped stock of the lot.' },
    SHIPPED: { description: 'Shipped stock of the lot.' },
    TRANSFERRED: { description: 'Moved stock of the lot between locations.' },
  },
});

@ObjectType({ description: 'One consumption of a component lot by the work order, recorded before this lot was produced.' })
export class DeviceHistoryConsumption {
  @Field(() => DecimalScalar, { description: "Quantity consumed in this step, in the component lot's unit." })
  quantity: string;

  @Field({ description: 'True when the component lot was an approved substitute for the BOM component.' })
  substitute: boolean;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of the consumption.' })
  consumedAt: Date;

  @Field({ description: 'Printed name of the operator who consumed it.' })
  consumedBy: string;
}

@ObjectType({ description: 'A component lot this lot was made from (a genealogy edge), with the quantity consumed into it.' })
export class DeviceHistoryComponent {
  @Field(() => ID, { description: 'Id of the component lot.' })
  lotId: string;

  @Field({ description: 'Internal lot number of the component lot.' })
  lotNumber: string;

  @Field(() => String, { nullable: true, description: "The supplier's lot number, for received component lots." })
  supplierLotNumber: string | null;

  @Field({ description: 'Material code of the component.' })
  materialCode: string;

  @Field({ description: 'Material name of the component.' })
  materialName: string;

  @Field(() => DecimalScalar, { description: "Quantity of the component lot consumed by the work order up to this lot's production (the genealogy quantity)." })
  quantity: string;

  @Field({ description: 'Unit of the quantity.' })
  unit: string;

  @Field(() => [DeviceHistoryConsumption], { description: 'The individual consumptions behind the quantity, oldest first.' })
  consumptions: DeviceHistoryConsumption[];
}

@ObjectType({ description: 'A person who handled the lot, grouped by what they did.' })
export class DeviceHistoryOperator {
  @Field({ description: 'Printed name of the operator, as recorded at the time.' })
  name: string;

  @Field(() => ID, { description: 'Token subject of the operator.' })
  subject: string;

  @Field(() => OperatorActivity, { description: 'What they did.' })
  activity: OperatorActivity;

  @Field(() => Int, { description: 'How many times they did it.' })
  occurrences: number;

  @Field(() => DateTimeScalar, { description: 'First time, server UTC.' })
  firstAt: Date;

  @Field(() => DateTimeScalar, { description: 'Last time, server UTC.' })
  lastAt: Date;
}
