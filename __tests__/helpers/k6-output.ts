/**
 * k6's output formats written from a list of requests, as k6 writes them (grafana/k6
 * internal/output/json/wrapper.go for the NDJSON records, internal/js/summary.go and
 * summary-wrapper.js for the summaries), and the summary's figures computed the way
 * k6's sinks compute them (metrics/sink.go: a trend's percentile interpolates linearly
 * between the sorted values; a counter's rate is its count over the test's length; a
 * rate's `passes` are its true values). So a test can hold the same data as a stream
 * and as its summary and compare what loadgate makes of each.
 */
import { uniforms } from './park-miller.js';

export interface K6Request {
  /** Epoch ms of the sample (integer) and the nanoseconds beyond it, as k6 stamps a sample. */
  ms: number;
  ns: number;
  name: string;
  url: string;
  method: string;
  status: number;
  durationMs: number;
  failed: boolean;
  errorCode?: number;
  /** The VU's bytes for the iteration that made this request. */
  sent: number;
  received: number;
  checkPassed: boolean;
}

/** Deterministic requests of two endpoints over `seconds`, starting at `startMs`. */
export function makeRequests(seed: number, count: number, startMs: number, seconds: number): K6Request[] {
  const u = uniforms(seed, count * 4);
  const out: K6Request[] = [];
  for (let i = 0; i < count; i++) {
    const login = u[4 * i]! < 0.3;
    const base = login ? 120 : 40;
    // A long right tail: a few requests are several times slower.
    const durationMs = Math.round(base * (0.6 + u[4 * i + 1]! + (u[4 * i + 2]! > 0.95 ? 4 : 0)) * 1e6) / 1e6;
    const roll = u[4 * i + 3]!;
    const status = roll < 0.03 ? 503 : roll < 0.04 ? 0 : 200;
    const offsetUs = Math.floor((i / count) * seconds * 1e6 + u[4 * i + 2]! * 1000);
    out.push({
      ms: startMs + Math.floor(offsetUs / 1000),
      ns: (offsetUs % 1000) * 1000 + (i % 1000),
      name: login ? 'login' : 'trades',
      url: login ? 'http://127.0.0.1:8080/api/login' : 'http://127.0.0.1:8080/api/trades',
      method: login ? 'POST' : 'GET',
      status,
      durationMs,
      failed: status !== 200,
      ...(status === 0 ? { errorCode: 1212 } : status === 503 ? { errorCode: 1503 } : {}),
      sent: 120 + (i % 7),
      received: 800 + (i % 13),
      checkPassed: status === 200,
    });
  }
  return out;
}

/** RFC 3339 with nine fractional digits in the given offset, as Go's time.Time marshals. */
export function k6Time(ms: number, ns: number, offset: string): string {
  const minutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(ms + minutes * 60_000);
  const iso = local.toISOString(); // 2024-03-01T10:00:00.123Z (the local wall time, in UTC's form)
  const fraction = `${iso.slice(20, 23)}${String(ns).padStart(6, '0')}`;
  return `${iso.slice(0, 19)}.${fraction}${offset}`;
}

export interface StreamOptions {
  offset: string;
  /** Thresholds per metric, written in the Metric records as k6 does. */
  thresholds?: Record<string, string[]>;
  vus?: number;
}

const METRIC_TYPES: Record<string, [string, string]> = {
  vus: ['gauge', 'default'],
  http_reqs: ['counter', 'default'],
  http_req_duration: ['trend', 'time'],
  http_req_blocked: ['trend', 'time'],
  http_req_connecting: ['trend', 'time'],
  http_req_tls_handshaking: ['trend', 'time'],
  http_req_sending: ['trend', 'time'],
  http_req_waiting: ['trend', 'time'],
  http_req_receiving: ['trend', 'time'],
  http_req_failed: ['rate', 'default'],
  checks: ['rate', 'default'],
  data_sent: ['counter', 'data'],
  data_received: ['counter', 'data'],
  iteration_duration: ['trend', 'time'],
  iterations: ['counter', 'default'],
};

/**
 * The phases k6 writes for request `index` (ms): every tenth opens its connection
 * (connecting above 0), plain HTTP (no TLS), and sending + waiting + receiving is its duration.
 */
export function k6PhasesOf(r: K6Request, index: number): Record<string, number> {
  const sending = Math.min(0.01, r.durationMs / 10);
  return {
    http_req_blocked: index % 10 === 0 ? 0.05 : 0.004,
    http_req_connecting: index % 10 === 0 ? 0.2 : 0,
    http_req_tls_handshaking: 0,
    http_req_sending: sending,
    http_req_waiting: r.durationMs * 0.9,
    http_req_receiving: r.durationMs * 0.1 - sending,
  };
}

/** The NDJSON of `k6 run --out json` for these requests (each request one iteration). */
export function k6Stream(requests: readonly K6Request[], options: StreamOptions): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  const emit = (
    metric: string,
    ms: number,
    ns: number,
    value: number,
    tags: Record<string, string>,
  ): void => {
    if (!seen.has(metric)) {
      seen.add(metric);
      const [type, contains] = METRIC_TYPES[metric]!;
      lines.push(
        JSON.stringify({
          type: 'Metric',
          data: {
            name: metric,
            type,
            contains,
            thresholds: options.thresholds?.[metric] ?? [],
            submetrics: null,
          },
          metric,
        }),
      );
    }
    lines.push(
      JSON.stringify({ type: 'Point', data: { time: k6Time(ms, ns, options.offset), value, tags }, metric }),
    );
  };
  let nextVuSecond = Number.NEGATIVE_INFINITY;
  requests.forEach((r, index) => {
    if (r.ms >= nextVuSecond) {
      emit('vus', r.ms, r.ns, options.vus ?? 5, {});
      nextVuSecond = r.ms + 1000;
    }
    const tags: Record<string, string> = {
      expected_response: String(!r.failed),
      group: '',
      method: r.method,
      name: r.name,
      proto: 'HTTP/1.1',
      scenario: 'default',
      status: String(r.status),
      url: r.url,
      ...(r.errorCode !== undefined ? { error_code: String(r.errorCode) } : {}),
    };
    emit('http_reqs', r.ms, r.ns, 1, tags);
    emit('http_req_duration', r.ms, r.ns, r.durationMs, tags);
    for (const [phase, value] of Object.entries(k6PhasesOf(r, index))) emit(phase, r.ms, r.ns, value, tags);
    emit('http_req_failed', r.ms, r.ns, r.failed ? 1 : 0, tags);
    const iteration = { group: '', scenario: 'default' };
    emit('checks', r.ms, r.ns, r.checkPassed ? 1 : 0, { ...iteration, check: 'status is 200' });
    emit('data_sent', r.ms, r.ns, r.sent, iteration);
    emit('data_received', r.ms, r.ns, r.received, iteration);
    emit('iteration_duration', r.ms, r.ns, r.durationMs + 1, iteration);
    emit('iterations', r.ms, r.ns, 1, iteration);
  });
  return `${lines.join('\n')}\n`;
}

/** k6's TrendSink.P: linear interpolation between the sorted values. */
export function k6Percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  if (sorted.length === 1) return sorted[0]!;
  const i = fraction * (sorted.length - 1);
  const j = sorted[Math.floor(i)]!;
  const k = sorted[Math.ceil(i)]!;
  return j + (k - j) * (i - Math.floor(i));
}

const TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)'];

function trendValues(values: readonly number[], stats: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const stat of stats) {
    if (stat === 'avg') out.avg = values.reduce((a, b) => a + b, 0) / values.length;
    else if (stat === 'min') out.min = Math.min(...values);
    else if (stat === 'max') out.max = Math.max(...values);
    else if (stat === 'med') out.med = k6Percentile(values, 0.5);
    else out[stat] = k6Percentile(values, Number(/^p\((.*)\)$/.exec(stat)![1]) / 100);
  }
  return out;
}

/** k6's threshold check on a sink's values (metrics/thresholds.go): `aggregation op number`. */
function holds(values: Record<string, number>, condition: string): boolean {
  const match = /^\s*(\w+(?:\([\d.]+\))?)\s*(<=|<|>=|>|===|==|!=)\s*([\d.]+)\s*$/.exec(condition)!;
  const actual = values[match[1]!]!;
  const limit = Number(match[3]);
  switch (match[2]) {
    case '<':
      return actual < limit;
    case '<=':
      return actual <= limit;
    case '>':
      return actual > limit;
    case '>=':
      return actual >= limit;
    case '!=':
      return actual !== limit;
    default:
      return actual === limit;
  }
}

export interface SummaryOptions {
  /** Thresholds by k6 key (`http_req_duration`, `http_req_duration{name:login}`). */
  thresholds: Record<string, string[]>;
  summaryTrendStats?: string[];
  /** The test's length; default the first to the last request. */
  durationMs?: number;
}

/** The `handleSummary(data)` data and the `--summary-export` file k6 would write for these requests. */
export function k6Summaries(requests: readonly K6Request[], options: SummaryOptions) {
  const first = Math.min(...requests.map((r) => r.ms + r.ns / 1e6));
  const last = Math.max(...requests.map((r) => r.ms + r.ns / 1e6));
  const durationMs = options.durationMs ?? last - first;
  const stats = options.summaryTrendStats ?? TREND_STATS;
  type Entry = { type: string; contains: string; values: Record<string, number> };
  const metrics: Record<string, Entry> = {};
  const scopes: [string, readonly K6Request[]][] = [['', requests]];
  for (const key of Object.keys(options.thresholds)) {
    const tag = /\{name:(.*)\}$/.exec(key);
    if (tag) scopes.push([`{name:${tag[1]}}`, requests.filter((r) => r.name === tag[1])]);
  }
  for (const [suffix, scope] of scopes) {
    const failed = scope.filter((r) => r.failed).length;
    metrics[`http_req_duration${suffix}`] = {
      type: 'trend',
      contains: 'time',
      values: trendValues(
        scope.map((r) => r.durationMs),
        stats,
      ),
    };
    metrics[`http_reqs${suffix}`] = {
      type: 'counter',
      contains: 'default',
      values: { count: scope.length, rate: scope.length / (durationMs / 1000) },
    };
    metrics[`http_req_failed${suffix}`] = {
      type: 'rate',
      contains: 'default',
      values: { rate: failed / scope.length, passes: failed, fails: scope.length - failed },
    };
  }
  const passed = requests.filter((r) => r.checkPassed).length;
  metrics.checks = {
    type: 'rate',
    contains: 'default',
    values: { rate: passed / requests.length, passes: passed, fails: requests.length - passed },
  };
  const bytes = (pick: (r: K6Request) => number): Record<string, number> => {
    const count = requests.reduce((sum, r) => sum + pick(r), 0);
    return { count, rate: count / (durationMs / 1000) };
  };
  metrics.data_sent = { type: 'counter', contains: 'data', values: bytes((r) => r.sent) };
  metrics.data_received = { type: 'counter', contains: 'data', values: bytes((r) => r.received) };
  metrics.vus = { type: 'gauge', contains: 'default', values: { value: 5, min: 5, max: 5 } };

  const ok: Record<string, Record<string, boolean>> = {};
  for (const [key, conditions] of Object.entries(options.thresholds)) {
    ok[key] = Object.fromEntries(conditions.map((c) => [c, holds(metrics[key]!.values, c)]));
  }
  const check = {
    name: 'status is 200',
    path: '::status is 200',
    id: '6210a8cd14cd70477eba5c5e4cb3fb5f',
    passes: passed,
    fails: requests.length - passed,
  };
  const handleSummary = {
    root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: [], checks: [check] },
    options: { summaryTrendStats: stats, summaryTimeUnit: '', noColor: false },
    state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: durationMs },
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([name, entry]) => [
        name,
        {
          ...entry,
          ...(ok[name]
            ? { thresholds: Object.fromEntries(Object.entries(ok[name]).map(([t, v]) => [t, { ok: v }])) }
            : {}),
        },
      ]),
    ),
  };
  // summary-wrapper.js oldJSONSummary: values flattened, rate → value, thresholds[t] = !ok.
  const summaryExport = {
    root_group: { ...handleSummary.root_group, groups: {}, checks: { [check.name]: check } },
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([name, entry]) => {
        const values: Record<string, unknown> = { ...entry.values };
        if (entry.type === 'rate') {
          values.value = values.rate;
          delete values.rate;
        }
        if (ok[name])
          values.thresholds = Object.fromEntries(Object.entries(ok[name]).map(([t, v]) => [t, !v]));
        return [name, values];
      }),
    ),
  };
  return { handleSummary, summaryExport, ok, metrics };
}
