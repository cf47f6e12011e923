import { Field, ObjectType } from 'type-graphql';
import { ErrorCode } from './error-code';

/** A business-rule or validation failure returned in a payload; the mutation changed nothing. */
@ObjectType({ description: 'A business-rule or validation failure. The mutation changed nothing.' })
export class UserError {
  @Field(() => ErrorCode, { description: 'Stable code to branch on.' })
  code: ErrorCode;

  @Field({ description: 'Human-readable explanation.' })
  message: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "gtin"].' })
  field?: string[];
}

export function userError(code: ErrorCode, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field });
}

/** Thrown inside a transaction to roll it back and answer with userErrors instead. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export function fail(code: ErrorCode, message: string, field?: string[]): never {
  throw new UserErrorsException([userError(code, message, field)]);
}
