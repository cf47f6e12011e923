import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses a webhook may not point at in production: this host, private networks, cloud metadata. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv4');
}
// IPv6 forms that embed an IPv4 address (IPv4-compatible, NAT64, 6to4) are refused whole: a
// gateway may translate them to a private IPv4 address.
for (const [net, prefix] of [
  ['::', 96],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : null;
  return mapped ? INTERNAL.check(mapped, 'ipv4') : INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A webhook target refused because it resolves (now) to an address it may not reach. */
export class InternalTargetError extends Error {
  override name = 'InternalTargetError';
  constructor() {
    super('target resolves to an internal address');
  }
}

interface ResolveOptions {
  /** Refuse the host when any of its addresses is internal (production). */
  refuseInternal: boolean;
  family?: number;
  hints?: number;
}

/**
 * The addresses a webhook host may be reached at: an IP literal as it is, a name through the
 * system resolver. With `refuseInternal`, one internal address refuses the whole host, so a
 * name that mixes public and internal answers cannot be steered to the internal one.
 */
export function resolveTarget(hostname: string, options: ResolveOptions): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const resolved = family
    ? Promise.resolve([{ address: host, family }])
    : new Promise<LookupAddress[]>((resolve, reject) => {
        dnsLookup(host, { all: true, family: options.family ?? 0, hints: options.hints ?? 0 }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
      });
  return resolved.then((addresses) => {
    if (options.refuseInternal && addresses.some((a) => isInternalAddress(a.address))) throw new InternalTargetError();
    return addresses;
  });
}

/**
 * A `lookup` for node:net that resolves through `resolveTarget`, so the socket connects to an
 * address that was just checked: the check and the connection cannot see different answers
 * (DNS rebinding). Node calls it for host names only; IP literals are checked by the caller.
 */
export function targetLookup(refuseInternal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveTarget(hostname, { refuseInternal, family: options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family, hints: options.hints }).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

/**
 * Whether a webhook host resolves only to public addresses (SSRF guard, checked at
 * registration in production). This is an early answer for the partner only: the resolver may
 * answer otherwise later, so every send checks again and connects to exactly the address it
 * checked (`targetLookup`).
 */
export async function resolvesToPublicAddresses(hostname: string): Promise<boolean> {
  try {
    const addresses = await resolveTarget(hostname, { refuseInternal: true });
    return addresses.length > 0;
  } catch {
    return false;
  }
}
