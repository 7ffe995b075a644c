/**
 * metrics.prom: the run's headline numbers in the Prometheus text exposition format
 * (version 0.0.4), for a Pushgateway or a node-exporter textfile collector.
 *
 * Metrics (all gauges except `loadgate_requests_total`, a counter of the run's requests):
 *
 * | metric | value |
 * | --- | --- |
 * | `loadgate_latency_p50_ms`, `_p95_ms`, `_p99_ms` | latency percentiles over all requests, ms |
 * | `loadgate_throughput_rps` | completed requests per second |
 * | `loadgate_error_rate_percent` | failed requests in percent of all requests |
 * | `loadgate_requests_total` | completed requests |
 * | `loadgate_slo_passed` | 1 when the verdict is pass or marginal (the `passed` output), 0 for fail |
 * | `loadgate_rollback` | 1 when rollback was signalled, else 0 |
 * | `loadgate_slo_status{threshold="…"}` | per threshold: 1 pass, 0.5 marginal, 0 fail, NaN inconclusive |
 *
 * Every sample carries the given labels; `threshold` is added for `loadgate_slo_status`
 * (the threshold's text as written; a repeated text gets ` #2`, ` #3`… so series stay unique).
 */
import type { ThresholdStatus } from '../slo/types.js';
import { errorPercent } from './format.js';
import type { ReportContext } from './report-context.js';

/** The value of `loadgate_slo_status` for each threshold status (-1: the data cannot decide it). */
export const SLO_STATUS_VALUE: Record<ThresholdStatus, number> = {
  pass: 1,
  marginal: 0.5,
  fail: 0,
  inconclusive: -1,
};

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

function labelSet(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: Array<{ labels: Record<string, string>; value: number }>;
}

/**
 * Render the exposition text. `labels` (e.g. `{ environment: 'staging' }`) go on every
 * sample; names are sanitized, undefined or empty values dropped.
 */
export function renderPrometheusMetrics(
  ctx: ReportContext,
  labels: Record<string, string | undefined> = {},
): string {
  const common: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    if (value === undefined || value === '') continue;
    common[sanitizeLabelName(name)] = value;
  }
  const o = ctx.measurements.overall;
  const one = (value: number): Family['samples'] => [{ labels: common, value }];
  const seen = new Map<string, number>();
  const statusSamples = ctx.evaluation.results.map((r) => {
    const n = (seen.get(r.threshold.source) ?? 0) + 1;
    seen.set(r.threshold.source, n);
    const threshold = n === 1 ? r.threshold.source : `${r.threshold.source} #${n}`;
    return { labels: { ...common, threshold }, value: SLO_STATUS_VALUE[r.status] };
  });

  const families: Family[] = [
    {
      name: 'loadgate_latency_p50_ms',
      help: 'Median request latency over the run, in milliseconds.',
      type: 'gauge',
      samples: one(o.latency.p50),
    },
    {
      name: 'loadgate_latency_p95_ms',
      help: '95th percentile request latency over the run, in milliseconds.',
      type: 'gauge',
      samples: one(o.latency.p95),
    },
    {
      name: 'loadgate_latency_p99_ms',
      help: '99th percentile request latency over the run, in milliseconds.',
      type: 'gauge',
      samples: one(o.latency.p99),
    },
    {
      name: 'loadgate_throughput_rps',
      help: 'Completed requests per second over the run.',
      type: 'gauge',
      samples: one(o.rps),
    },
    {
      name: 'loadgate_error_rate_percent',
      help: 'Failed requests in percent of all requests.',
      type: 'gauge',
      samples: one(errorPercent(o)),
    },
    {
      name: 'loadgate_requests_total',
      help: 'Requests completed during the run, successful or not.',
      type: 'counter',
      samples: one(o.requests),
    },
    {
      name: 'loadgate_slo_passed',
      help: 'Gate verdict: 1 for pass or marginal, 0 for fail.',
      type: 'gauge',
      samples: one(ctx.evaluation.verdict === 'pass' || ctx.evaluation.verdict === 'marginal' ? 1 : 0),
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
  ];

  const lines: string[] = [];
  for (const family of families) {
    if (family.samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      lines.push(`${family.name}${labelSet(sample.labels)} ${formatSampleValue(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
