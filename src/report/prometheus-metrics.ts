/**
 * metrics.prom: the run's headline numbers in the Prometheus text exposition format
 * (version 0.0.4), for a Pushgateway or a node-exporter textfile collector.
 *
 * Names follow Prometheus' conventions, so `promtool check metrics` accepts the text:
 * base units (seconds, ratios), `_total` on counters only, HELP and TYPE for every family.
 * Latency percentiles are the `quantile` samples of a summary: promtool refuses a
 * `quantile` label on a gauge, and a summary also carries `_sum` and `_count`, so an
 * average can be computed from the same family.
 *
 * | metric | type | value |
 * | --- | --- | --- |
 * | `loadgate_request_duration_seconds{quantile="0.5"…"0.99"}` | summary | latency over all requests; `_sum`, `_count` |
 * | `loadgate_requests_total` | counter | completed requests |
 * | `loadgate_failed_requests_total` | counter | failed requests |
 * | `loadgate_error_ratio` | gauge | failed / completed requests, 0 to 1 |
 * | `loadgate_throughput_requests_per_second` | gauge | completed requests per second |
 * | `loadgate_run_duration_seconds` | gauge | wall time of the load |
 * | `loadgate_run_finished_timestamp_seconds` | gauge | when the load ended, Unix time |
 * | `loadgate_slo_passed` | gauge | 1 when the verdict is pass or marginal (the `passed` output), else 0 |
 * | `loadgate_rollback` | gauge | 1 when rollback was signalled, else 0 |
 * | `loadgate_slo_status{threshold="…"}` | gauge | per threshold: 1 pass, 0.5 marginal, 0 fail, -1 cannot be decided |
 * | `loadgate_run_info{verdict,version,run_id}` | gauge | always 1; what changes from run to run |
 *
 * Every sample carries the given labels; `threshold` is added for `loadgate_slo_status`
 * (the threshold's text as written; a repeated text gets ` #2`, ` #3`… so series stay unique).
 * The run id is a label of `loadgate_run_info` only: on every series it would start new
 * series at each run and break graphs across runs.
 */
import type { ThresholdStatus } from '../slo/types.js';
import type { ReportContext } from './report-context.js';

/** The value of `loadgate_slo_status` for each threshold status (-1: the data cannot decide it). */
export const SLO_STATUS_VALUE: Record<ThresholdStatus, number> = {
  pass: 1,
  marginal: 0.5,
  fail: 0,
  inconclusive: -1,
};

/** The latency quantiles of `loadgate_request_duration_seconds`, as fractions. */
export const LATENCY_QUANTILES = [
  { quantile: '0.5', key: 'p50' },
  { quantile: '0.9', key: 'p90' },
  { quantile: '0.95', key: 'p95' },
  { quantile: '0.99', key: 'p99' },
] as const;

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A valid label name from any text: other characters become `_`; a leading digit gets a `_` before it. */
export function sanitizeLabelName(name: string): string {
  let out = name.replace(/[^a-zA-Z0-9_]/g, '_');
  if (!/^[a-zA-Z_]/.test(out)) out = `_${out}`;
  // Names starting with `__` are reserved for Prometheus itself.
  if (out.startsWith('__')) out = `x${out}`;
  return LABEL_NAME.test(out) ? out : 'label';
}

/** Escape a label value: backslash, double quote and line feed. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Escape HELP text: backslash and line feed. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function formatSampleValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

type Labels = Record<string, string>;

function labelSet(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

/** Valid, non-empty labels only: names sanitized, undefined or empty values dropped. */
function cleanLabels(labels: Record<string, string | undefined>): Labels {
  const out: Labels = {};
  for (const [name, value] of Object.entries(labels)) {
    if (value === undefined || value === '') continue;
    out[sanitizeLabelName(name)] = value;
  }
  return out;
}

interface Sample {
  /** A suffix of the family name, for a summary's `_sum` and `_count`. */
  suffix?: string;
  labels: Labels;
  value: number;
}

interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter' | 'summary';
  samples: Sample[];
}

export interface PrometheusRunInfo {
  /** The workflow run id (GITHUB_RUN_ID), a label of `loadgate_run_info`. */
  runId?: string;
}

/** Milliseconds to seconds, rounded to the microsecond the histograms resolve (no float noise like 0.15692699999999998). */
export const msToSeconds = (value: number): number => Math.round(value * 1000) / 1e6;

/**
 * Render the exposition text. `labels` (e.g. `{ environment: 'staging' }`) go on every
 * sample; names are sanitized, undefined or empty values dropped.
 */
export function renderPrometheusMetrics(
  ctx: ReportContext,
  labels: Record<string, string | undefined> = {},
  run: PrometheusRunInfo = {},
): string {
  const common = cleanLabels(labels);
  const o = ctx.measurements.overall;
  const one = (value: number): Sample[] => [{ labels: common, value }];
  const seen = new Map<string, number>();
  const statusSamples = ctx.evaluation.results.map((r) => {
    const n = (seen.get(r.threshold.source) ?? 0) + 1;
    seen.set(r.threshold.source, n);
    const threshold = n === 1 ? r.threshold.source : `${r.threshold.source} #${n}`;
    return { labels: { ...common, threshold }, value: SLO_STATUS_VALUE[r.status] };
  });
  const verdict = ctx.evaluation.verdict;
  const finished = Date.parse(ctx.measurements.finishedAt);

  const families: Family[] = [
    {
      name: 'loadgate_request_duration_seconds',
      help: 'Request latency over the run, in seconds.',
      type: 'summary',
      samples: [
        ...LATENCY_QUANTILES.map(({ quantile, key }) => ({
          labels: { ...common, quantile },
          value: msToSeconds(o.latency[key]),
        })),
        { suffix: '_sum', labels: common, value: msToSeconds(o.latency.mean * o.latency.count) },
        { suffix: '_count', labels: common, value: o.latency.count },
      ],
    },
    {
      name: 'loadgate_requests_total',
      help: 'Requests completed during the run, successful or not.',
      type: 'counter',
      samples: one(o.requests),
    },
    {
      name: 'loadgate_failed_requests_total',
      help: 'Requests that failed during the run (an error or a status the gate counts as failed).',
      type: 'counter',
      samples: one(o.failed),
    },
    {
      name: 'loadgate_error_ratio',
      help: 'Failed requests as a fraction of all requests, 0 to 1.',
      type: 'gauge',
      samples: one(o.requests > 0 ? o.failed / o.requests : 0),
    },
    {
      name: 'loadgate_throughput_requests_per_second',
      help: 'Completed requests per second over the run.',
      type: 'gauge',
      samples: one(o.rps),
    },
    {
      name: 'loadgate_run_duration_seconds',
      help: 'Wall time the load ran, in seconds.',
      type: 'gauge',
      samples: one(msToSeconds(ctx.measurements.durationMs)),
    },
    {
      name: 'loadgate_run_finished_timestamp_seconds',
      help: 'When the load ended, in seconds since the Unix epoch.',
      type: 'gauge',
      samples: Number.isFinite(finished) ? one(finished / 1000) : [],
    },
    {
      name: 'loadgate_slo_passed',
      help: 'Gate verdict: 1 for pass or marginal, 0 otherwise.',
      type: 'gauge',
      samples: one(verdict === 'pass' || verdict === 'marginal' ? 1 : 0),
    },
    {
      name: 'loadgate_rollback',
      help: '1 when the gate signalled a rollback, else 0.',
      type: 'gauge',
      samples: one(ctx.rollback ? 1 : 0),
    },
    {
      name: 'loadgate_slo_status',
      help: 'Status of each SLO threshold: 1 pass, 0.5 marginal, 0 fail.',
      type: 'gauge',
      samples: statusSamples,
    },
    {
      name: 'loadgate_run_info',
      help: 'Always 1; the labels say which run and verdict the other figures belong to.',
      type: 'gauge',
      samples: [
        {
          labels: { ...common, ...cleanLabels({ verdict, version: ctx.toolVersion, run_id: run.runId }) },
          value: 1,
        },
      ],
    },
  ];

  const lines: string[] = [];
  for (const family of families) {
    if (family.samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const name = `${family.name}${sample.suffix ?? ''}`;
      lines.push(`${name}${labelSet(sample.labels)} ${formatSampleValue(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
