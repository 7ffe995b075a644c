/**
 * The tag selections of a run: the tag sets that thresholds name beyond the whole run
 * and one endpoint (`{status:503}`, `{method:POST,expected_response:false}`,
 * `{url:https://host/items/7}`, `{tier:read}`), each recorded into an accumulator of
 * its own while the load runs, so that k6's selectors judge exactly what they select.
 *
 * Memory is bounded whatever the tags' cardinality: the selections are known before
 * the run and nothing is keyed by a tag's value, so 100,000 distinct URLs cost
 * nothing unless a threshold names one of them (and then one accumulator).
 *
 * Per request: the tags fixed per endpoint (name, method, group, the endpoint's own
 * tags) are matched once, at construction, into a list of the selections each
 * endpoint can fall in; only the tags that vary per request (status,
 * expected_response, error_code, url, scenario, tags the request carries) are
 * compared, and only for those selections. No selection: one length check.
 */
import type { RequestPhases } from './timing-measurements.js';
import { EndpointAccumulator } from './endpoint-accumulator.js';
import { IntervalRollUp } from './interval-series.js';
import { k6ErrorCode } from './k6-error-codes.js';
import type { ErrorClass, IntervalPoint, TagSelection } from './measurements.js';
import { canonicalTags, selectionKey, type TagSet } from './tag-set.js';

/** What a selection reads of an endpoint: its name, method and declared tags. */
export interface SelectionEndpoint {
  name: string;
  method: string;
  tags?: TagSet;
}

/** The fields of a request's outcome that selections read (a `RequestOutcome` has them). */
export interface SelectableOutcome extends RequestPhases {
  status: number;
  ok: boolean;
  errorClass: ErrorClass | null;
  errorCause?: string | null;
  sent: boolean;
  bytesSent: number;
  bytesReceived: number;
  /** The path (and query) as sent, for the `url` tag. */
  path?: string;
  /** The request's scenario, when the engine sets it per request (else the recorder's). */
  scenario?: string;
  /** Tags the request carries beyond its endpoint's (a scenario's `tags:`); the endpoint's win. */
  tags?: TagSet | null;
}

export interface SelectionOptions {
  /** `scheme://host:port` the requests go to: a `url` value is that, then the path as sent. */
  origin?: string;
  /** The scenario every request of this recorder belongs to, unless it carries its own. Default `default`, as k6's. */
  scenario?: string;
}

/** The group of every gated request: k6's root group (setup requests are not gated traffic). */
export const ROOT_GROUP = '';

/** A selection that does not ask for a tag; a value that cannot be one (NaN) matches nothing. */
const ANY = -1;

/** What a selection asks of the tags that vary per request; ANY/null: any. */
interface Dynamic {
  status: number;
  expected: number;
  errorCode: number;
  /** undefined: a URL on another origin, which no request of this recorder can have. */
  path: string | null | undefined;
  scenario: string | null;
}

/** A selection an endpoint can fall in, with the custom tags its endpoint does not declare (read off the request). */
interface Candidate {
  index: number;
  tags: readonly (readonly [string, string])[];
}

/** Keys matched once per endpoint. */
const STATIC_KEYS = new Set(['name', 'method', 'group']);
/** Keys matched per request. */
const DYNAMIC_KEYS = new Set(['status', 'expected_response', 'error_code', 'url', 'scenario']);

export class TagSelections {
  private readonly accumulators: EndpointAccumulator[];
  private readonly dynamic: Dynamic[];
  /** Per endpoint, the selections its fixed tags allow. */
  private readonly candidates: Candidate[][];
  private readonly rollUp: IntervalRollUp;
  private readonly scenario: string;

  private readonly selections: readonly TagSet[];

  constructor(
    selections: readonly TagSet[],
    endpoints: readonly SelectionEndpoint[],
    options: SelectionOptions = {},
  ) {
    this.selections = selections.map((tags) => canonicalTags(tags) ?? tags);
    const contradictory = selections.map((tags) => canonicalTags(tags) === undefined);
    this.scenario = options.scenario ?? 'default';
    this.accumulators = this.selections.map(() => new EndpointAccumulator());
    this.dynamic = this.selections.map((tags) => compileDynamic(tags, options.origin));
    this.candidates = endpoints.map((endpoint) =>
      this.selections.flatMap((tags, index) =>
        !contradictory[index] && matchesStatic(tags, endpoint) && this.dynamic[index]!.path !== undefined
          ? [{ index, tags: undeclared(tags, endpoint) }]
          : [],
      ),
    );
    this.rollUp = new IntervalRollUp(this.selections.map((tags) => selectionKey(tags)));
  }

  get size(): number {
    return this.selections.length;
  }

  /** Records one request of endpoint `endpointIndex` into every selection it falls in. */
  record(endpointIndex: number, latencyUs: number, outcome: SelectableOutcome): void {
    const candidates = this.candidates[endpointIndex];
    if (candidates === undefined || candidates.length === 0) return;
    let errorCode = -1;
    for (let i = 0; i < candidates.length; i++) {
      const { index, tags } = candidates[i]!;
      const want = this.dynamic[index]!;
      if (want.status !== ANY && want.status !== outcome.status) continue;
      if (want.expected !== ANY && want.expected !== (outcome.ok ? 1 : 0)) continue;
      if (want.errorCode !== ANY) {
        if (errorCode < 0) errorCode = k6ErrorCode(outcome);
        if (want.errorCode !== errorCode) continue;
      }
      if (want.path !== null && want.path !== outcome.path) continue;
      if (want.scenario !== null && want.scenario !== (outcome.scenario ?? this.scenario)) continue;
      if (tags.length > 0 && !carries(outcome.tags, tags)) continue;
      this.accumulators[index]!.add(latencyUs, outcome);
    }
  }

  /** Closes second `t` of every selection (see interval-series.ts). */
  close(t: number, ms: number): void {
    if (this.selections.length > 0) this.rollUp.closeShares(t, ms, this.accumulators);
  }

  /** Folds the run's short last second into the one before. */
  foldLast(ms: number): void {
    if (this.selections.length > 0) this.rollUp.foldLastShares(ms, this.accumulators);
  }

  /** The selections' figures over `durationMs`, each with its per-second points. */
  snapshot(durationMs: number): TagSelection[] {
    const series = this.rollUp.series().endpoints;
    return this.selections.map((tags, index) => ({
      tags: { ...tags },
      stats: this.accumulators[index]!.toStats(durationMs),
      points: [...(series[index]?.points ?? ([] as IntervalPoint[]))],
    }));
  }
}

/** Whether the endpoint's fixed tags allow the selection. */
function matchesStatic(tags: TagSet, endpoint: SelectionEndpoint): boolean {
  for (const [key, value] of Object.entries(tags)) {
    if (key === 'name' && value !== endpoint.name) return false;
    if (key === 'method' && value !== endpoint.method) return false;
    if (key === 'group' && value !== ROOT_GROUP) return false;
    if (STATIC_KEYS.has(key) || DYNAMIC_KEYS.has(key)) continue;
    const own = endpoint.tags?.[key];
    if (own !== undefined && own !== value) return false;
  }
  return true;
}

/**
 * The per-request part of a selection. `path` is undefined when the selection's URL
 * lies on another origin than the requests' (it can never match).
 */
function compileDynamic(tags: TagSet, origin: string | undefined): Dynamic {
  const url = tags.url;
  let path: string | null | undefined = null;
  if (url !== undefined) {
    path = origin !== undefined && url.startsWith(origin) ? url.slice(origin.length) || '/' : undefined;
  }
  const integer = (text: string | undefined): number =>
    text === undefined ? ANY : /^\d+$/.test(text) ? Number(text) : NaN;
  return {
    status: integer(tags.status),
    expected: tags.expected_response === undefined ? ANY : tags.expected_response === 'true' ? 1 : 0,
    errorCode: integer(tags.error_code),
    path,
    scenario: tags.scenario ?? null,
  };
}

/** The selection's custom tags that the endpoint does not declare. */
function undeclared(tags: TagSet, endpoint: SelectionEndpoint): [string, string][] {
  return Object.entries(tags).filter(
    ([key]) => !STATIC_KEYS.has(key) && !DYNAMIC_KEYS.has(key) && endpoint.tags?.[key] === undefined,
  );
}

function carries(own: TagSet | null | undefined, wanted: readonly (readonly [string, string])[]): boolean {
  if (own === null || own === undefined) return false;
  for (const [key, value] of wanted) if (own[key] !== value) return false;
  return true;
}

/** One request into an accumulator, as the recorder counts it per endpoint. */
