/**
 * Whether the webhooks are done with the outbox event under `alias`: the dispatcher has passed
 * it and no delivery refers to it. A condition for another module's statement (retention).
 */
export const WEBHOOKS_DONE_WITH = (alias: string) =>
  `(${alias}.seq <= (SELECT c.seq FROM webhook_dispatch_cursor c WHERE c.id = 1) AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = ${alias}.id))`;
