/**
 * Everything that does not change between requests, computed once per endpoint: the
 * path (with the target URL's base path), the merged header list, the body buffer,
 * the reusable dispatch options and a status → outcome table.
 */
import type { Dispatcher } from 'undici';

import type { EndpointSettings, Settings } from '../../config/settings.js';
import { ERROR_CLASSES } from '../../metrics/measurements.js';
import { classifyStatus } from './classify-outcome.js';
import { prepareTransport, type TargetTransport } from './transport.js';

/** One endpoint of the mix, ready to send. Built once per run. */
export interface PreparedEndpoint {
  readonly index: number;
  readonly name: string;
  readonly method: EndpointSettings['method'];
  /** Path as sent: the target URL's base path, then the endpoint path and query. */
  readonly path: string;
  /** Reused for every request of this endpoint; undici does not modify it. */
  readonly dispatchOptions: Dispatcher.DispatchOptions;
  /** By status code (0–999): 0 for success, otherwise 1 + the index in `ERROR_CLASSES`. */
  readonly statusOutcome: Uint8Array;
}

export interface PreparedTarget {
  /** `scheme://host:port` every request goes to. */
  readonly origin: string;
  readonly endpoints: readonly PreparedEndpoint[];
  readonly timeoutMs: number;
  /** TLS, resolve override, proxy, HTTP/2; shared by every connection to the target (transport.ts). */
  readonly transport: TargetTransport;
}

/**
 * Prepares every endpoint of `settings` for sending. A path in the target URL is a base
 * path: `https://host/canary` with `/api/x` sends `/canary/api/x` (plain URL resolution
 * would drop `/canary`). A query string in the target URL is not sent.
 */
export function prepareTarget(
  settings: Pick<Settings, 'targetUrl' | 'endpoints' | 'headers' | 'timeoutMs' | 'transport'>,
): PreparedTarget {
  const url = new URL(settings.targetUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`target URL must be http or https, got ${url.protocol}`);
  }
  if (!(settings.timeoutMs > 0)) throw new RangeError(`timeoutMs must be above 0, got ${settings.timeoutMs}`);
  const basePath = url.pathname.replace(/\/+$/, '');
  const endpoints = settings.endpoints.map((endpoint, index): PreparedEndpoint => {
    const path = basePath + endpoint.path;
    const body = endpoint.body === undefined ? null : Buffer.from(endpoint.body, 'utf8');
    return {
      index,
      name: endpoint.name,
      method: endpoint.method,
      path,
      dispatchOptions: {
        path,
        method: endpoint.method,
        headers: mergeHeaders(settings.headers, endpoint.headers),
        body: body !== null && body.length > 0 ? body : null,
      },
      statusOutcome: statusOutcomeTable(endpoint.expectStatus),
    };
  });
  return {
    origin: url.origin,
    endpoints,
    timeoutMs: settings.timeoutMs,
    transport: prepareTransport(settings.transport, url),
  };
}

/** Global headers overridden by endpoint headers (names compared case-insensitively), as a flat name/value list. */
export function mergeHeaders(global: Record<string, string>, own: Record<string, string>): string[] {
  const merged = new Map<string, string>();
  for (const [name, value] of Object.entries(global)) merged.set(name.toLowerCase(), value);
  for (const [name, value] of Object.entries(own)) merged.set(name.toLowerCase(), value);
  const flat: string[] = [];
  for (const [name, value] of merged) flat.push(name, value);
  return flat;
}

function statusOutcomeTable(expectStatus: readonly number[]): Uint8Array {
  const table = new Uint8Array(1000);
  for (let status = 0; status < table.length; status++) {
    const errorClass = classifyStatus(status, expectStatus);
    table[status] = errorClass === null ? 0 : ERROR_CLASSES.indexOf(errorClass) + 1;
  }
  return table;
}
