/**
 * The tags a request metric takes (k6's system tags for HTTP requests, loadgate's
 * `endpoint` alias of `name`, and custom tags declared in the config) and the form of
 * their values, checked before any load: a status of three digits, `true` or `false`,
 * an HTTP method in capitals, one of k6's error codes. Which custom tags exist is
 * known only with the config's endpoints (and scenarios), so a key that is neither a
 * system tag nor refused here is checked there (config/threshold-tag-settings.ts).
 */
import { didYouMean, fail, listOf, nearest, q } from './threshold-syntax.js';

/** The system tags every request metric takes (k6's, with `endpoint` as loadgate's name for `name`). */
export const REQUEST_TAGS = [
  'endpoint',
  'name',
  'status',
  'method',
  'url',
  'scenario',
  'group',
  'expected_response',
  'error_code',
] as const;

/** k6's system tags that loadgate does not record, with why (refused rather than judged on nothing). */
export const UNRECORDED_SYSTEM_TAGS: Readonly<Record<string, string>> = {
  proto: 'the protocol is the same for every request of a run (see the transport section)',
  subproto: 'loadgate sends no WebSocket requests',
  tls_version: 'the TLS version is the same for every request of a run (see the transport section)',
  error: "k6's error text is not kept (use error_code)",
  service: 'loadgate sends no gRPC requests',
  check: 'checks are their own metric (checks{check:NAME})',
  iter: 'per-iteration tags are not indexed (as in k6)',
  vu: 'per-VU tags are not indexed (as in k6)',
  ip: 'the remote address is not kept',
  ocsp_status: 'OCSP stapling is not read',
};

/** HTTP methods a `method` tag may name (in capitals, as k6 writes them). */
export const TAG_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'];

/** What the checks read of a metric's catalogue entry (metric-catalog.ts). */
export interface TaggedMetric {
  name: string;
  tags: readonly string[];
  customTags?: boolean;
}

/** Whether the metric takes custom tags (a key it does not list is then checked with the config). */
export function takesCustomTags(metric: Pick<TaggedMetric, 'customTags'>): boolean {
  return metric.customTags === true;
}

/** Fails on a key the metric cannot take; a possible custom tag passes (checked with the config). */
export function checkTagKey(key: string, metric: TaggedMetric, example: string): void {
  if (metric.tags.includes(key)) return;
  const unrecorded = UNRECORDED_SYSTEM_TAGS[key];
  if (unrecorded !== undefined && takesCustomTags(metric)) {
    fail(
      `the tag ${q(key)} is not recorded: ${unrecorded}; ${metric.name} takes ${listOf(metric.tags)}, ${example}`,
    );
  }
  // Perhaps a custom tag: the config knows which exist. One a letter or two from a system tag is a typo.
  const close = nearest(key, metric.tags);
  if (takesCustomTags(metric) && close === undefined) return;
  const takes =
    metric.tags.length === 0 ? `${metric.name} takes no tags` : `${metric.name} takes ${listOf(metric.tags)}`;
  const custom = takesCustomTags(metric) ? ', or a custom tag declared in tags:' : '';
  fail(`unknown tag ${q(key)}${didYouMean(close)}; ${takes}${custom}, ${example}`);
}

/** Why a system tag's value cannot select anything, or undefined when it can. */
export function tagValueProblem(key: string, value: string): string | undefined {
  switch (key) {
    case 'status':
      return /^(?:[1-5]\d\d|0)$/.test(value)
        ? undefined
        : `the status ${q(value)} is not an HTTP status; expected three digits from 100 to 599 (or 0, a request that got no response), e.g. {status:503}`;
    case 'expected_response':
      return value === 'true' || value === 'false'
        ? undefined
        : `expected_response is true or false, got ${q(value)}${didYouMean(nearest(value, ['true', 'false']))}; e.g. {expected_response:true}`;
    case 'method':
      return TAG_METHODS.includes(value)
        ? undefined
        : `the method ${q(value)} is not an HTTP method${didYouMean(TAG_METHODS.find((m) => m === value.toUpperCase()) ?? nearest(value, TAG_METHODS))}; expected one of ${listOf(TAG_METHODS)}, in capitals, e.g. {method:POST}`;
    case 'error_code':
      return /^1\d{3}$/.test(value)
        ? undefined
        : `the error code ${q(value)} is not one of k6's; expected four digits from 1000 to 1999 (1050 request timeout, 1212 connection refused, 1000 + the status for 4xx and 5xx such as 1503), e.g. {error_code:1212}`;
    case 'url':
      return /^https?:\/\/\S+$/.test(value)
        ? undefined
        : `the url ${q(value)} is not a URL; expected the full URL as sent, e.g. {url:"https://canary.example.com/api/items/7"}`;
    default:
      return undefined;
  }
}

/** Fails on a system tag's value that cannot select anything. */
export function checkTagValue(key: string, value: string): void {
  const problem = tagValueProblem(key, value);
  if (problem !== undefined) fail(problem);
}
