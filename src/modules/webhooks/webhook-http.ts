import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { resolveTarget, targetLookup } from './webhook-target';

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Refuse a target that resolves (at this send) to an internal address: production. */
  refuseInternal: boolean;
}

/** An attempt that outlived its time limit. */
class WebhookTimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * POSTs one delivery and answers the response status. The socket connects to the address the
 * target check has just approved (a `lookup` that checks what it resolves), while TLS still
 * verifies the certificate for the URL's host name and the Host header names it. Redirects are
 * not followed, and the response body is never read: only the status matters.
 */
export async function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Unsupported protocol ${url.protocol}`);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // Node does not call `lookup` for an IP literal, so the literal is checked here.
  if (isIP(hostname)) await resolveTarget(hostname, { refuseInternal: post.refuseInternal });
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = transport.request({
      method: 'POST',
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
      lookup: targetLookup(post.refuseInternal),
      // A fresh connection per attempt: a pooled socket would skip the lookup and its check.
      agent: false,
    });
    const timer = setTimeout(() => request.destroy(new WebhookTimeoutError(`No response within ${post.timeoutMs} ms`)), post.timeoutMs);
    request.once('response', (response) => {
      clearTimeout(timer);
      response.on('error', () => undefined);
      // A receiver streaming a large body must not hold this process's memory or connection.
      response.destroy();
      resolve(response.statusCode ?? 0);
    });
    // `on`, not `once`: the socket may fail again after the first error or after the response.
    request.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    request.end(post.body);
  });
}
