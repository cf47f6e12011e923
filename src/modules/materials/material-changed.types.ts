import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { Material } from './material.types';
import { EVENT_ID } from '../../core/graphql/subscription-args';

export enum MaterialChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(MaterialChangeKind, {
  name: 'MaterialChangeKind',
  description: 'What kind of change a MaterialChangedEvent reports.',
  valuesConfig: {
    CREATED: { description: 'The material was created.' },
    STATUS_CHANGED: { description: 'Its status changed (setMaterialStatus).' },
    UPDATED: { description: 'Its master data changed (updateMaterial).' },
  },
});

@ObjectType({ description: 'A committed change to a material.' })
export class MaterialChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => MaterialChangeKind, { description: 'What kind of change it was.' })
  kind: MaterialChangeKind;

  @Field(() => [String], { description: 'Fields whose values changed.' })
  changedFields: string[];

  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' })
  occurredAt: Date;

  @Field(() => Material, { description: 'The material as committed.' })
  material: Material;
}

@InputType({
  description: 'Narrows the `materialChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.',
})
export class MaterialChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records with one of these global ids.' })
  ids?: string[];

  @Field(() => [MaterialChangeKind], { nullable: true, description: 'Only changes of these kinds.' })
  kinds?: MaterialChangeKind[];
}
