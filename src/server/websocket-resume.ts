import type { WebSocket } from 'ws';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { SubscriptionPosition } from '../core/events/subscription-position';

/** Most subscription positions one `connectionParams.resume` may carry. */
export const MAX_RESUME_POSITIONS = 1000;

const EVENT_ID = /^\d{1,19}$/;

/**
 * `connectionParams.resume` of a graphql-ws connection: subscription id -> the position (event id)
 * the client had reached on it. Absent: the connection does not resume (null). Malformed: a
 * sentence saying what is wrong, for the close reason.
 */
export function resumePositions(params: Record<string, unknown> | undefined): Map<string, string> | null | string {
  const resume = params?.resume;
  if (resume === undefined || resume === null) return null;
  if (typeof resume !== 'object' || Array.isArray(resume)) return 'connectionParams.resume must map subscription ids to event ids';
  const entries = Object.entries(resume as Record<string, unknown>);
  if (entries.length > MAX_RESUME_POSITIONS) return `connectionParams.resume names more than ${MAX_RESUME_POSITIONS} subscriptions`;
  const positions = new Map<string, string>();
  for (const [id, position] of entries) {
    if (typeof position !== 'string' || !EVENT_ID.test(position)) return `connectionParams.resume["${id.slice(0, 40)}"] is not an event id`;
    positions.set(id, position);
  }
  return positions;
}

/**
 * The position of subscription `id` on a resuming connection: it starts after the client's
 * position for `id` when there is one, and tells the client where it starts with a graphql-ws
 * ping `{ resume: { [id]: position } }` (every client answers pings; the README's client records it).
 */
export function subscriptionPosition(socket: WebSocket, id: string, positions: Map<string, string>): SubscriptionPosition {
  return new SubscriptionPosition(positions.get(id) ?? null, (position) => {
    socket.send(stringifyMessage({ type: MessageType.Ping, payload: { resume: { [id]: position } } }), () => undefined);
  });
}
