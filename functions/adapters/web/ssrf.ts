/**
 * SSRF guard. A feed URL (or a redirect, or a link inside a feed) must never make the fetcher talk
 * to the machine it runs on, the private network or a cloud metadata service. Every hostname is
 * resolved and every address it resolves to is checked; loopback is allowed only when the
 * configuration says so (the local runner serves its sample feeds on 127.0.0.1).
 *
 * Residual risk, documented in docs/sources.md: fetch() resolves the name again when it connects,
 * so a DNS answer that changes between the check and the connection (rebinding) is not caught here.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a hostname to every address it has (dns.promises.lookup with all: true). */
export type HostLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** [range, why it is blocked]: ranges no public news site lives in. */
const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified/this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['169.254.0.0', 16, 'link-local / cloud metadata'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved/broadcast'],
];
const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
];
const LOOPBACK: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
];

function buildList(ranges: readonly [string, number, string][], type: 'ipv4' | 'ipv6') {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, type, reason };
  });
}

const BLOCK_RULES = [...buildList(BLOCKED_V4, 'ipv4'), ...buildList(BLOCKED_V6, 'ipv6')];
const LOOPBACK_LIST = new BlockList();
for (const [network, prefix, type] of LOOPBACK) LOOPBACK_LIST.addSubnet(network, prefix, type);

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const prefix = /^(::ffff:|64:ff9b::)(.*)$/.exec(lower);
  if (!prefix) return undefined;
  const rest = prefix[2] ?? '';
  if (isIP(rest) === 4) return rest;
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(rest);
  if (!groups) return undefined;
  const high = Number.parseInt(groups[1]!, 16);
  const low = Number.parseInt(groups[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why an address must not be fetched, or undefined when it is a public address. */
export function blockedAddressReason(
  address: string,
  options: { allowLoopback: boolean },
): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = embeddedIpv4(bare);
  if (mapped) return blockedAddressReason(mapped, options);
  const family = isIP(bare);
  if (family === 0) return `not an IP address: ${address}`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (LOOPBACK_LIST.check(bare, type)) return options.allowLoopback ? undefined : 'loopback';
  return BLOCK_RULES.find((rule) => rule.type === type && rule.list.check(bare, type))?.reason;
}

/** Raised when a URL is refused by the guard; the message names the host, address and reason. */
export class BlockedUrlError extends Error {
  override readonly name = 'BlockedUrlError';
}

/** Check a URL before fetching it: http(s) only, and every resolved address public (or allowed loopback). */
export async function assertFetchable(
  url: URL,
  options: { allowLoopback: boolean; lookup?: HostLookup },
): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BlockedUrlError(`protocol ${url.protocol} is not allowed (http and https only): ${url.href}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await (options.lookup ?? systemLookup)(host)).map((entry) => entry.address);
    } catch (error) {
      throw new BlockedUrlError(`cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    if (addresses.length === 0) throw new BlockedUrlError(`cannot resolve ${host}: no addresses`);
  }
  for (const address of addresses) {
    const reason = blockedAddressReason(address, options);
    if (reason) throw new BlockedUrlError(`blocked ${host} (${address}): ${reason} address`);
  }
}
