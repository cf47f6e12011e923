import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: WebhookBodyJson;
  /** The request's path and query (a test may register each webhook at its own). */
  path: string;
  /** Date.now() when the request arrived. */
  arrivedAt: number;
  /** The sender closed the connection before it was answered (its process died). */
  aborted: boolean;
}

/** A delivery body: the subscription's `next` payload and the event's id, type and time. */
export interface WebhookBodyJson {
  /** The subscription field's name -> the event object. */
  data: Record<string, Record<string, unknown> | null> | null;
  errors?: { message: string; path: (string | number)[]; extensions: { code: string } }[];
  extensions: { eventId: string; eventType: string; occurredAt: string };
}

/** The material code a MATERIAL_CHANGED delivery is about. */
export function materialCodeOf(d: { json: WebhookBodyJson } | { body: unknown }): string | undefined {
  const json = 'json' in d ? d.json : (d.body as WebhookBodyJson);
  return (json.data?.materialChanged?.material as { code?: string } | undefined)?.code;
}

/** A partner's endpoint for tests: records every POST, and answers 500 to the next `failures` of them. */
export async function startWebhookReceiver() {
  const received: ReceivedDelivery[] = [];
  let failNext = 0;
  let delayMs = 0;
  let holding = false;
  const held: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery: ReceivedDelivery = { headers: req.headers, body, json: JSON.parse(body) as ReceivedDelivery['json'], path: req.url ?? '', arrivedAt: Date.now(), aborted: false };
      received.push(delivery);
      res.on('close', () => (delivery.aborted = !res.writableEnded));
      const fail = failNext > 0;
      if (fail) failNext--;
      const answer = () => {
        if (res.destroyed) return;
        if (fail) res.writeHead(500).end('down for maintenance');
        else res.writeHead(204).end();
      };
      if (holding) held.push(answer);
      else if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/lotgraph`;
  return {
    url,
    received,
    failNextRequests(n: number) {
      failNext = n;
    },
    /** Answers each request only after `ms` (a slow receiver). */
    answerAfter(ms: number) {
      delayMs = ms;
    },
    /** Leaves every request from now on unanswered until `release()`. */
    hold() {
      holding = true;
    },
    /** Answers the held requests still open and stops holding. */
    release() {
      holding = false;
      held.splice(0).forEach((answer) => answer());
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
