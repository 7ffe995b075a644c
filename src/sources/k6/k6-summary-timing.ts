/**
 * The timing phases and the execution metrics of a k6 end-of-test summary: the phase
 * trends (`http_req_waiting` …, and their `{name:…}`/`{url:…}` submetrics per endpoint)
 * as each scope's `timings` with the statistics k6 listed and no histogram, and
 * `iterations`, `iteration_duration`, `vus`, `vus_max`, `dropped_iterations` as the
 * run's `execution`. What the summary does not list has no data (NaN, see
 * slo/summary-figures.ts), never a guess.
 */
import { EMPTY_LATENCY_SUMMARY } from '../../metrics/latency-histogram.js';
import type { ExecutionMeasurements, LatencySummary, RequestTimings } from '../../metrics/measurements.js';
import { PHASE_METRICS, TIMING_PHASES } from '../../metrics/timing-measurements.js';
import type { SummaryMetric } from './k6-summary-forms.js';

type ByName = ReadonlyMap<string, SummaryMetric>;

/** The phases of one scope: the whole run (`endpoint` undefined) or the submetrics of one endpoint. */
export function summaryTimings(
  byName: ByName,
  requests: number,
  endpoint?: string,
): RequestTimings | undefined {
  const values = TIMING_PHASES.map((phase) => phaseValues(byName, PHASE_METRICS[phase], endpoint));
  if (values.every((v) => v === undefined)) return undefined;
  const phases = {} as RequestTimings['phases'];
  const histograms = {} as RequestTimings['histograms'];
  const summary: NonNullable<RequestTimings['summary']> = {};
  TIMING_PHASES.forEach((phase, i) => {
    const given = values[i] ?? {};
    phases[phase] = trendSummary(given, requests);
    histograms[phase] = '';
    summary[phase] = { ...given };
  });
  return { count: requests, connectionsOpened: 0, phases, histograms, summary };
}

function phaseValues(byName: ByName, metric: string, endpoint: string | undefined) {
  if (endpoint === undefined) return byName.get(metric)?.values;
  for (const key of [`${metric}{name:${endpoint}}`, `${metric}{url:${endpoint}}`]) {
    const found = byName.get(key)?.values;
    if (found !== undefined) return found;
  }
  return undefined;
}

export function summaryExecution(byName: ByName): ExecutionMeasurements | undefined {
  const iterations = byName.get('iterations')?.values;
  const duration = byName.get('iteration_duration')?.values;
  const vus = byName.get('vus')?.values;
  const vusMax = byName.get('vus_max')?.values;
  if (!iterations && !duration && !vus && !vusMax) return undefined;
  const count = iterations?.count ?? 0;
  return {
    iterations: count,
    iterationDuration: trendSummary(duration ?? {}, count),
    iterationHistogram: '',
    // A gauge's summary value is its last sample, as k6's threshold reads it.
    vus: vus?.value ?? 0,
    vusMax: vusMax?.value ?? vusMax?.max ?? 0,
    droppedIterations: byName.get('dropped_iterations')?.values.count ?? 0,
    summary: { ...(duration ?? {}) },
  };
}

function trendSummary(values: Readonly<Record<string, number>>, count: number): LatencySummary {
  if (Object.keys(values).length === 0) return { ...EMPTY_LATENCY_SUMMARY };
  const read = (...keys: string[]): number => {
    for (const key of keys) if (values[key] !== undefined) return values[key];
    return Number.NaN;
  };
  return {
    count,
    min: read('min'),
    mean: read('avg'),
    stdev: Number.NaN,
    p50: read('med', 'p(50)'),
    p90: read('p(90)'),
    p95: read('p(95)'),
    p99: read('p(99)'),
    p999: read('p(99.9)'),
    max: read('max'),
  };
}
