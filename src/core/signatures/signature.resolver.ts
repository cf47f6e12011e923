import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { asQueryErrors } from '../graphql/query-errors';
import { SignatureVerification } from './signature.types';
import { verifySignature } from './signature-verification.service';

@Resolver()
export class SignatureResolver {
  @Query(() => SignatureVerification, { nullable: true, description: "Recomputes a signature's content hash and checks it against the audit trail and the signed record." })
  async verifySignature(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID, { description: "The signature's global id (prefix sig_)." }) id: string): Promise<SignatureVerification> {
    return asQueryErrors(() => verifySignature(ctx, id));
  }
}
