import type { RequestContext } from '../context';
import type { StatementTally } from '../../db/statement-counter';

/** The GraphQL context object: one RequestContext per HTTP request or WebSocket operation. */
export interface GraphQLContext {
  ctx: RequestContext;
  /** SQL statements issued for this request (HTTP only). */
  tally?: StatementTally;
  /** On a WebSocket subscription: the group whose members see its events alike (subscription-groups.ts). */
  subscriptionGroup?: string;
}
