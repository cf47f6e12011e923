import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import { DateTimeScalar } from '../graphql/scalars';
import { SignatureMeaning } from './signature-meaning';

@InputType({ description: 'An electronic signature: the token identifies the signer, the signing password re-authenticates them.' })
export class SignatureInput {
  @Field({ description: "The signer's signing password (never stored or logged)." })
  password: string;

  @Field(() => SignatureMeaning, { description: 'What the signature means; must be the meaning the step requires.' })
  meaning: SignatureMeaning;

  @Field({ description: 'Why the signer signs.' })
  reason: string;
}

@ObjectType({ implements: Node, description: 'A signature manifestation (21 CFR 11.50): who, when, what it means, and what was signed.' })
export class ElectronicSignature implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix sig_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'GraphQL type name of the signed record, e.g. Lot.' })
  recordType: string;

  @Field(() => ID, { description: 'Global id of the signed record.' })
  recordId: string;

  @Field(() => Int, { description: 'The version of the record that was signed.' })
  recordVersion: number;

  @Field({ description: 'sha256 of the canonical content of the signed record version.' })
  contentHash: string;

  @Field(() => SignatureMeaning, { description: 'What the signature means (21 CFR 11.50(a)(3)).' })
  meaning: SignatureMeaning;

  @Field({ description: "The signer's stated reason." })
  reason: string;

  @Field({ description: 'Printed name of the signer.' })
  printedName: string;

  @Field(() => ID, { description: "The signer's user id." })
  signerId: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of signing.' })
  signedAt: Date;
}

@ObjectType({ description: "The result of recomputing a signature's content hash." })
export class SignatureVerification {
  @Field({ description: 'True when the stored content, its hash and the audit trail agree (and the record, if unchanged since, still hashes the same).' })
  valid: boolean;

  @Field(() => ElectronicSignature, { description: 'The signature checked.' })
  signature: ElectronicSignature;

  @Field({ description: 'The hash recomputed from the stored content matches the stored hash.' })
  contentHashMatches: boolean;

  @Field({ description: 'The audit trail recorded the same hash when the signature was made.' })
  auditTrailMatches: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The record is still at the signed version and hashes the same; null once it has moved on.' })
  recordMatches: boolean | null;
}
