/**
 * `resolve`: curl's `host:port:address`. Connections to `host:port` go to `address`,
 * while the request keeps the URL's host as its Host header and TLS server name, so a
 * gate can load one canary pod's address with the production name. An entry that
 * matches no target (target-url, baseline-url) would silently do nothing, so it is
 * refused.
 */
import { isIP } from 'node:net';

import { listOf, quote } from './describe.js';
import type { AddIssue } from './settings-error.js';

export interface ResolveOverride {
  /** Lower case, as the URL's host is compared. */
  host: string;
  port: number;
  /** An IP address (IPv6 without brackets). */
  address: string;
  /** Where the entry was given, for messages. */
  where: string;
}

const EXPECTED =
  'expected host:port:address such as canary.example.com:443:10.0.3.17 (curl --resolve form; an IPv6 address in brackets)';
const HOST = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/;

/** One `host:port:address` entry, or undefined (reported). */
export function resolveEntryFrom(text: string, where: string, add: AddIssue): ResolveOverride | undefined {
  const entry = text.trim();
  const match = /^([^:[\]]+):(\d{1,5}):(.+)$/.exec(entry);
  if (!match) {
    add(where, `got ${quote(text)}; ${EXPECTED}`);
    return undefined;
  }
  const [, host, portText, rawAddress] = match as unknown as [string, string, string, string];
  const address =
    rawAddress.startsWith('[') && rawAddress.endsWith(']') ? rawAddress.slice(1, -1) : rawAddress;
  const port = Number(portText);
  if (!HOST.test(host)) {
    add(where, `got the host ${quote(host)} in ${quote(text)}; ${EXPECTED}`);
    return undefined;
  }
  if (!(port >= 1 && port <= 65535)) {
    add(where, `got the port ${quote(portText)} in ${quote(text)}; expected a port from 1 to 65535`);
    return undefined;
  }
  if (address.includes(',')) {
    add(
      where,
      `got several addresses in ${quote(text)}; expected one address per entry (give one entry per host:port)`,
    );
    return undefined;
  }
  if (isIP(address) === 0) {
    add(
      where,
      `got ${quote(rawAddress)} as the address in ${quote(text)}; expected an IP address such as 10.0.3.17 or [fd00::17]`,
    );
    return undefined;
  }
  return { host: host.toLowerCase(), port, address, where };
}

/** A list of entries: a duplicate `host:port` is refused (which address was meant?). */
export function resolveListFrom(
  entries: readonly { text: string; where: string }[],
  add: AddIssue,
): ResolveOverride[] | undefined {
  const list: ResolveOverride[] = [];
  let ok = true;
  for (const { text, where } of entries) {
    const entry = resolveEntryFrom(text, where, add);
    if (!entry) {
      ok = false;
      continue;
    }
    const twin = list.find((known) => known.host === entry.host && known.port === entry.port);
    if (twin) {
      add(
        where,
        `got ${entry.host}:${entry.port} a second time (first at ${twin.where}); expected one address per host:port`,
      );
      ok = false;
      continue;
    }
    list.push(entry);
  }
  return ok ? list : undefined;
}

/** `host:port` of a URL, the port filled in from the scheme. */
export function hostPortOf(url: string): { host: string; port: number } | undefined {
  try {
    const parsed = new URL(url);
    const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
    return { host: parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port };
  } catch {
    return undefined;
  }
}

/** Entries that match none of the targets: each is refused, naming the targets it could have matched. */
export function checkResolveMatches(
  entries: readonly ResolveOverride[],
  targets: readonly { name: string; url: string }[],
  add: AddIssue,
): boolean {
  const known = targets.flatMap((target) => {
    const hp = hostPortOf(target.url);
    return hp ? [{ ...hp, name: target.name }] : [];
  });
  // No target known (target-url is missing or refused, and reported): nothing to match against.
  if (known.length === 0) return true;
  let ok = true;
  for (const entry of entries) {
    if (known.some((t) => t.host === entry.host && t.port === entry.port)) continue;
    ok = false;
    add(
      entry.where,
      `got ${entry.host}:${entry.port}, which is not the host:port of ${listOf(
        known.map((t) => `${t.name} (${t.host}:${t.port})`),
        'or',
      )}; expected an entry for a host:port the load goes to (the port of an https URL without one is 443)`,
    );
  }
  return ok;
}
