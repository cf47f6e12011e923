import { Field, Int, InterfaceType } from 'type-graphql';
import { subjectTypeOf } from '../authz/ability';
import { DateTimeScalar, JSONScalar } from './scalars';

/** Fields every entity with a lifecycle exposes (API.md conventions). */
@InterfaceType('Versioned', {
  description: 'A record with a version, timestamps and customer-defined fields.',
  resolveType: (value: object) => String(subjectTypeOf(value)),
})
export abstract class LifecycleFields {
  @Field(() => Int, { description: 'Incremented on every change; pass it back as expectedVersion.' })
  version: number;

  @Field(() => DateTimeScalar, { description: 'When the record was created (server UTC time).' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed (server UTC time).' })
  updatedAt: Date;

  @Field(() => JSONScalar, { nullable: true, description: 'Customer-defined fields; null with FORBIDDEN for a role that may not read them (a SUPPLIER, on materials).' })
  customFields: Record<string, unknown>;
}
