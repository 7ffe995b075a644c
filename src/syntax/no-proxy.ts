/**
 * `NO_PROXY`: which hosts bypass the proxy. The rules are undici's
 * (`EnvHttpProxyAgent`), whose matcher is private: the integrations go through that
 * agent and the load through its own connections, and both must agree on which
 * requests use the proxy. Entries are separated by commas or spaces; `*` matches every
 * host; `example.com` and `.example.com` match the domain and its subdomains,
 * `*.example.com` its subdomains only; `host:port` (`[::1]:443`) only that port.
 * No CIDR ranges (undici has none either).
 */

export interface NoProxyEntry {
  hostname: string;
  /** 0: any port. */
  port: number;
  /** `*.example.com`: subdomains only. */
  wildcard: boolean;
}

export function parseNoProxy(value: string): NoProxyEntry[] {
  const entries: NoProxyEntry[] = [];
  for (const entry of value.split(/[,\s]/)) {
    if (!entry) continue;
    let hostname: string;
    let port: number;
    const bracketed = /^\[(.+)\]:(\d+)$/.exec(entry);
    if (bracketed) {
      hostname = bracketed[1]!;
      port = Number.parseInt(bracketed[2]!, 10);
    } else {
      const unbracketed = entry.replace(/^\[(.+)\]$/, '$1');
      const withPort = (unbracketed.match(/:/g) ?? []).length === 1 ? /^(.+):(\d+)$/.exec(unbracketed) : null;
      hostname = withPort ? withPort[1]! : unbracketed;
      port = withPort ? Number.parseInt(withPort[2]!, 10) : 0;
    }
    entries.push({
      hostname: hostname
        .replace(/^\*?\./, '')
        .replace(/^(.+)\.$/, '$1')
        .toLowerCase(),
      port,
      wildcard: entry.startsWith('*'),
    });
  }
  return entries;
}

/** Whether a request to `hostname:port` goes through the proxy (true when no entry matches). */
export function shouldProxy(entries: readonly NoProxyEntry[], hostname: string, port: number): boolean {
  const host = hostname
    .replace(/^\[(.+)\]$/, '$1')
    .replace(/^(.+)\.$/, '$1')
    .toLowerCase();
  for (const entry of entries) {
    if (entry.port && entry.port !== port) continue;
    if (entry.hostname === '*') return false;
    if (!entry.wildcard && host === entry.hostname) return false;
    if (host.endsWith(`.${entry.hostname}`)) return false;
  }
  return true;
}
