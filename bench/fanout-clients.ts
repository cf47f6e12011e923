import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A client process of the fan-out scenario: opens one graphql-ws connection per token (each its
 * own principal), subscribes each to lotStatusChanged and records, per delivered event, the time
 * from the event's occurredAt to its arrival here. Driven by the bench process over IPC.
 */

const SUBSCRIPTION = 'subscription FanOut { lotStatusChanged(filter: { statuses: [UNDER_TEST] }) { eventId status occurredAt lot { id lotNumber } } }';

export type ClientCommand =
  | { cmd: 'connect'; url: string; tokens: string[]; concurrency: number; localAddress: string }
  | { cmd: 'collect'; expected: number; idleMs: number; timeoutMs: number }
  | { cmd: 'close' };

export interface ConnectReport {
  connected: number;
  failed: number;
  errors: string[];
  ms: number;
}

export interface CollectReport {
  /** Events received, counted once per subscriber and event. */
  delivered: number;
  /** Expected deliveries that never came (expected × subscribers − delivered). */
  lost: number;
  duplicates: number;
  /** Subscribers that did not get every event. */
  incomplete: number;
  /** Subscriptions the server ended or errored, and sockets closed, after setup. */
  ended: number;
  errors: string[];
  /** Milliseconds from occurredAt to arrival, one per delivery. */
  latencies: Float64Array;
  lastReceivedAt: number;
}

interface Subscriber {
  client: Client;
  seen: Set<string>;
  duplicates: number;
  ended: boolean;
}

interface FanOutEvent {
  lotStatusChanged: { eventId: string; occurredAt: string };
}

const subscribers: Subscriber[] = [];
let latencies: number[] = [];
let lastReceivedAt = 0;
const errors: string[] = [];

function note(error: string): void {
  if (errors.length < 5) errors.push(error);
}

function describe(event: unknown): string {
  if (event && typeof event === 'object' && 'code' in event) return `closed ${String((event as { code: unknown }).code)} ${String((event as { reason?: unknown }).reason ?? '')}`;
  return event instanceof Error ? event.message : JSON.stringify(event);
}

/** Opens one connection and subscribes it; resolves once acknowledged, or false if it failed. */
function open(url: string, token: string, localAddress: string): Promise<boolean> {
  // Spread over loopback source addresses: one address has only ~28,000 ephemeral ports.
  class BoundWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { localAddress, perMessageDeflate: false });
    }
  }
  return new Promise((resolve) => {
    let acknowledged = false;
    const sub: Subscriber = { client: null as unknown as Client, seen: new Set(), duplicates: 0, ended: false };
    sub.client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: BoundWebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => {
          acknowledged = true;
          subscribers.push(sub);
          resolve(true);
        },
        closed: (event) => {
          if (!acknowledged) {
            note(describe(event));
            resolve(false);
          } else if (!sub.ended) {
            sub.ended = true;
            note(`after setup: ${describe(event)}`);
          }
        },
      },
    });
    sub.client.subscribe<FanOutEvent>(
      { query: SUBSCRIPTION },
      {
        next: (result) => {
          const now = Date.now();
          const event = result.data?.lotStatusChanged;
          if (!event) {
            note(JSON.stringify(result.errors));
            return;
          }
          if (sub.seen.has(event.eventId)) {
            sub.duplicates++;
            return;
          }
          sub.seen.add(event.eventId);
          latencies.push(now - Date.parse(event.occurredAt));
          lastReceivedAt = now;
        },
        error: (err) => {
          sub.ended = true;
          note(`subscription error: ${describe(err)}`);
        },
        complete: () => {
          sub.ended = true;
        },
      },
    );
  });
}

async function connect(cmd: Extract<ClientCommand, { cmd: 'connect' }>): Promise<ConnectReport> {
  const started = Date.now();
  let next = 0;
  let connected = 0;
  let failed = 0;
  // A bounded number of handshakes in flight, as clients arriving over a short ramp would.
  await Promise.all(
    Array.from({ length: Math.min(cmd.concurrency, cmd.tokens.length) }, async () => {
      while (next < cmd.tokens.length) {
        const token = cmd.tokens[next++];
        if (await open(cmd.url, token, cmd.localAddress)) connected++;
        else failed++;
      }
    }),
  );
  return { connected, failed, errors: errors.splice(0), ms: Date.now() - started };
}

/** Waits until every subscriber has `expected` events, or nothing arrived for idleMs, or timeoutMs passed. */
async function collect(cmd: Extract<ClientCommand, { cmd: 'collect' }>): Promise<CollectReport> {
  const deadline = Date.now() + cmd.timeoutMs;
  let lastCount = -1;
  let lastProgress = Date.now();
  for (;;) {
    const complete = subscribers.every((s) => s.seen.size >= cmd.expected);
    if (complete || Date.now() > deadline) break;
    if (latencies.length !== lastCount) {
      lastCount = latencies.length;
      lastProgress = Date.now();
    } else if (Date.now() - lastProgress > cmd.idleMs) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const delivered = latencies.length;
  const report: CollectReport = {
    delivered,
    lost: cmd.expected * subscribers.length - subscribers.reduce((n, s) => n + Math.min(s.seen.size, cmd.expected), 0),
    duplicates: subscribers.reduce((n, s) => n + s.duplicates, 0),
    incomplete: subscribers.filter((s) => s.seen.size < cmd.expected).length,
    ended: subscribers.filter((s) => s.ended).length,
    errors: errors.splice(0),
    latencies: Float64Array.from(latencies),
    lastReceivedAt,
  };
  latencies = [];
  return report;
}

async function close(): Promise<void> {
  await Promise.all(subscribers.map((s) => s.client.dispose()));
}

if (require.main === module) {
  process.on('message', (msg: ClientCommand) => {
    const reply = (value: unknown) => process.send?.(value);
    if (msg.cmd === 'connect') void connect(msg).then(reply);
    if (msg.cmd === 'collect') void collect(msg).then(reply);
    if (msg.cmd === 'close') void close().then(() => process.exit(0));
  });
}
