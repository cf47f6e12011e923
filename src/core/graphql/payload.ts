import { Field, InterfaceType, type ClassType } from 'type-graphql';
import { UserError, UserErrorsException } from './user-error';

/** Base of every mutation payload. */
@InterfaceType({
  description: 'Every mutation payload: the changed record (nullable) and userErrors.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Payload {
  @Field(() => [UserError], { description: 'Why the mutation changed nothing; empty on success.' })
  userErrors: UserError[];
}

/**
 * Runs a service call and shapes the result as a payload: success fills the payload's
 * fields; a UserErrorsException (the transaction was rolled back) fills userErrors.
 */
export async function toPayload<P extends Payload>(PayloadClass: ClassType<P>, run: () => Promise<Partial<P>>): Promise<P> {
  const payload = new PayloadClass();
  try {
    Object.assign(payload, await run());
    payload.userErrors = [];
  } catch (err) {
    if (!(err instanceof UserErrorsException)) throw err;
    payload.userErrors = err.errors;
  }
  return payload;
}

/** A payload type's description, from its name: `ReceiveLotPayload` describes `receiveLot`. */
export function payloadDescription(typeName: string): string {
  const mutation = typeName.replace(/Payload$/, '');
  return `Result of \`${mutation[0].toLowerCase()}${mutation.slice(1)}\`: the changed record on success; otherwise userErrors say why nothing was changed.`;
}

/** The description of a payload's field that carries the changed record. */
export function payloadRecordDescription(record: string): string {
  return `The ${record} as this mutation left it; null when userErrors is not empty.`;
}
