import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ConnectionArgs, SortDirection } from '../graphql/connection';
import { AuditEntryConnection, AuditTrailFilter, AuditVerification } from './audit.types';
import * as audit from './audit.service';
import type { AuditEntryEntity } from './audit-entry.entity';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { nullable: true, description: 'The audit trail (ADMIN, AUDITOR, QA_MANAGER), in chain order.' })
  auditTrail(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: AuditTrailFilter,
    @Arg('direction', () => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'ASC (default): oldest first; DESC: newest first.' }) direction?: SortDirection,
  ) {
    return audit.auditTrail(ctx, args, filter ?? {}, direction);
  }

  @Query(() => AuditVerification, { nullable: true, description: 'Recomputes the hash chain and reports the first entry that does not match.' })
  async verifyAuditTrail(@Ctx() { ctx }: GraphQLContext): Promise<AuditVerification> {
    const result = await audit.verifyAuditTrail(ctx);
    return {
      valid: result.valid,
      checkedEntries: result.checkedEntries,
      firstBrokenEntry: (result.broken?.entry as unknown as AuditEntryEntity) ?? null,
      reason: result.broken?.reason ?? null,
      verifiedAt: new Date(),
    };
  }
}
