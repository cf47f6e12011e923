import { Field, ID, InterfaceType } from 'type-graphql';
import { subjectTypeOf } from '../authz/ability';

/** Every entity implements Node; its id is opaque and globally unique (a type prefix + UUID). */
@InterfaceType({
  description: 'An object with a globally unique, opaque ID.',
  resolveType: (value: object) => String(subjectTypeOf(value)),
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier.' })
  id: string;
}
