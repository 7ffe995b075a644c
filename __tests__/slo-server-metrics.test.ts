/**
 * Server metrics in the SLO layer, on hand-built measurements: the grammar takes
 * `server_<key>` with the series aggregations, each aggregation reads the samples,
 * and a series that could not be read leaves its threshold inconclusive with the
 * reason, a verdict that is not a pass and not a rollback.
 */
import { describe, expect, it } from 'vitest';

import type { RunMeasurements } from '../src/metrics/measurements.js';
import type { ServerMetricSeries } from '../src/metrics/server-metrics.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { aggregateSamples } from '../src/slo/server-metric-measure.js';
import { parseThreshold, ThresholdSyntaxError } from '../src/slo/threshold-parser.js';
import { decideVerdict } from '../src/slo/verdict.js';
import { syntheticRun } from './helpers/synthetic-run.js';

const parse = (text: string) => parseThreshold({ text, origin: 'test' });

function withSeries(run: RunMeasurements, series: ServerMetricSeries[]): RunMeasurements {
  return {
    ...run,
    serverMetrics: { source: 'http://prom:9090', stepSeconds: 1, target: 'canary', metrics: series },
  };
}

const VALUES = [0.2, 0.6, 0.4, 0.3, 0.5];
const cpu: ServerMetricSeries = {
  name: 'cpu',
  unit: 'ratio',
  query: 'q',
  samples: VALUES.map((value, i) => ({ t: i, value })),
};

describe('server metrics in thresholds', () => {
  it('parses server_<key> with avg, min, max, med, p(N) and last, and refuses rate', () => {
    expect(parse('server_cpu: max<0.7')).toMatchObject({
      metric: 'server_cpu',
      aggregation: 'max',
      limit: 0.7,
    });
    expect(parse('server_db_connections: p(90)<=150')).toMatchObject({ aggregation: 'p', percentile: 90 });
    expect(parse('server_memory: last<8e8 marginal 9e8')).toMatchObject({
      aggregation: 'last',
      marginalLimit: 9e8,
    });
    expect(() => parse('server_cpu: rate<0.7')).toThrow(ThresholdSyntaxError);
    expect(() => parse('server_cpu: rate<0.7')).toThrow(/takes avg, med, min, max, p\(N\) or last/);
  });

  it('aggregates the samples', () => {
    const sorted = [...VALUES].sort((a, b) => a - b);
    expect(aggregateSamples(VALUES, 'avg')).toBeCloseTo(VALUES.reduce((a, b) => a + b) / VALUES.length, 12);
    expect(aggregateSamples(VALUES, 'min')).toBe(sorted[0]);
    expect(aggregateSamples(VALUES, 'max')).toBe(sorted.at(-1));
    expect(aggregateSamples(VALUES, 'med')).toBe(sorted[2]);
    expect(aggregateSamples(VALUES, 'p', 80)).toBe(sorted[3]);
    expect(aggregateSamples(VALUES, 'last')).toBe(VALUES.at(-1));
    expect(aggregateSamples([], 'avg')).toBeNull();
  });

  it('judges the series against the limit', () => {
    const run = withSeries(syntheticRun(3, { 'GET /a': () => ({ latencyMs: 5 }) }), [cpu]);
    const evaluation = evaluateThresholds([parse('server_cpu: max<0.7'), parse('server_cpu: max<0.5')], run);
    expect(evaluation.results.map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(evaluation.results[1]?.actual).toBe(Math.max(...VALUES));
  });

  it('is inconclusive, with the reason, when a series is missing; a breach elsewhere still fails', () => {
    const missing = { ...cpu, samples: [], missing: 'Prometheus answered bad_data: parse error' };
    const run = withSeries(syntheticRun(3, { 'GET /a': () => ({ latencyMs: 5 }) }), [missing]);
    const alone = decideVerdict(evaluateThresholds([parse('server_cpu: max<0.7')], run), run);
    expect(alone.verdict).toBe('inconclusive');
    expect(alone.results[0]?.note).toContain('parse error');
    expect(alone.reasons).toHaveLength(1);
    expect(alone.reasons[0]).toContain('server_cpu: max<0.7 has no data from the metrics source');

    const breach = decideVerdict(
      evaluateThresholds([parse('server_cpu: max<0.7'), parse('http_req_duration: max<0')], run),
      run,
    );
    expect(breach.verdict).toBe('fail');
  });

  it('is inconclusive when the run read no server metrics at all', () => {
    const run = syntheticRun(3, { 'GET /a': () => ({ latencyMs: 5 }) });
    const evaluation = decideVerdict(evaluateThresholds([parse('server_cpu: avg<0.7')], run), run);
    expect(evaluation.verdict).toBe('inconclusive');
    expect(evaluation.results[0]?.note).toContain('no server metrics were read');
  });
});
