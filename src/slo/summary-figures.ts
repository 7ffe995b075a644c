/**
 * A threshold's value when the scope's figures come from an end-of-test summary (k6's
 * `handleSummary` data or `--summary-export`) instead of samples: only the aggregates
 * the summary lists exist. A statistic it does not list (a p(99) when k6's
 * `summaryTrendStats` left it out), or a count it did not give, has no data, so the
 * threshold fails with a note instead of being judged on a guess.
 */
import type { RequestStats } from '../metrics/measurements.js';
import type { MetricDefinition } from './metric-catalog.js';
import type { Threshold } from './types.js';

export type SummaryMeasured = { value: number } | { note: string } | undefined;

/** The value from the summary; undefined when the usual reading of the stats applies (counts the summary gave). */
export function measureFromSummary(
  threshold: Threshold,
  metric: MetricDefinition,
  stats: RequestStats,
  label: string,
): SummaryMeasured {
  const summary = stats.summary;
  if (summary === undefined) return undefined;
  if (metric.kind === 'trend') {
    const key = statisticKey(threshold);
    const statistics = metric.summaryStatistics ? (metric.summaryStatistics(stats) ?? {}) : summary.latency;
    const value = lookup(statistics, key);
    if (value !== undefined) return { value };
    const listed = Object.keys(statistics);
    return {
      note:
        `the k6 summary gives no ${key} of ${metric.summaryStatistics ? `${metric.name} for ` : ''}${label} (it lists ${listed.length > 0 ? listed.join(', ') : 'no latency statistic'}); ` +
        "add it to k6's summaryTrendStats, or give the samples of k6 run --out json",
    };
  }
  if (!summary.counted && (metric.name === 'http_reqs' || metric.name === 'http_req_failed')) {
    return { note: `the k6 summary gives no request count of ${label}, so there is nothing to judge` };
  }
  return undefined;
}

function statisticKey(threshold: Threshold): string {
  return threshold.aggregation === 'p' ? `p(${threshold.percentile ?? '?'})` : threshold.aggregation;
}

/** The statistic by k6's name; `p(95.0)` and `p(95)` are the same, and `med` is `p(50)`. */
function lookup(latency: Readonly<Record<string, number>>, key: string): number | undefined {
  const direct = latency[key];
  if (direct !== undefined && Number.isFinite(direct)) return direct;
  const wanted = percentileOf(key === 'med' ? 'p(50)' : key);
  if (wanted === undefined) return key === 'med' ? undefined : latency[key];
  for (const [name, value] of Object.entries(latency)) {
    const p = name === 'med' ? 50 : percentileOf(name);
    if (p === wanted && Number.isFinite(value)) return value;
  }
  return undefined;
}

function percentileOf(name: string): number | undefined {
  const match = /^p\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}
