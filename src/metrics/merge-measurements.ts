/**
 * Several parts of one load as one run: the worker threads of a runner, the shards of
 * a matrix, several k6 instances. The merge is exact wherever the parts kept the raw
 * material: HDR histograms are added, counters summed, and each percentile, mean and
 * rate is computed again from the sums (a p95 is never an average of p95s).
 *
 * Time: the parts ran side by side. The merged run starts at the earliest start and
 * ends at the latest end; each part's per-second points move to the wall-clock second
 * they covered (a part that started 1.2 s after the first has its second 1 merged
 * into second 2), so a second's request count is the sum over every part that ran then.
 *
 * Where a part kept no raw material (the setup latency's summary, the generator's
 * send delay and health), the merged figure is the conservative one, named at each
 * field. Fields that describe the run rather than a part (how the target was reached,
 * its own metrics from Prometheus) are the same in every part and kept once.
 */
import { round3 } from './endpoint-accumulator.js';
import { ErrorCauseCounter } from './error-cause-counter.js';
import { measureDrift } from './drift.js';
import {
  addHistograms,
  mergeIntervalPoints,
  mergeRequestStats,
  mergeSummariesConservatively,
} from './merge-stats.js';
import { mergeSelections } from './merge-selections.js';
import { mergeExecution } from './merge-timing.js';
import { mergeScenarios } from './merge-scenarios.js';
import { mergeTraffic } from './merge-traffic.js';
import { protocolOf } from './transport-measurements.js';
import type {
  AbortRecord,
  ArrivalMeasurements,
  EndpointMeasurement,
  ErrorCauseCount,
  GeneratorHealth,
  IntervalSeries,
  MeasurementsSource,
  PlanProgress,
  RunMeasurements,
  TimeSeriesPoint,
  TransportMeasurements,
} from './measurements.js';

/** Parts that cannot be one run (a breakpoint staircase, no parts at all). */
export class MeasurementsMergeError extends Error {
  override readonly name = 'MeasurementsMergeError';
}

export function mergeMeasurements(parts: readonly RunMeasurements[]): RunMeasurements {
  if (parts.length === 0) throw new MeasurementsMergeError('no measurements to merge');
  if (parts.length === 1) return parts[0]!;
  if (parts.some((part) => part.breakpoint !== undefined)) {
    // Each part's staircase stops at its own first broken step: their steps are not one load.
    throw new MeasurementsMergeError('breakpoint measurements cannot be merged');
  }

  const starts = parts.map((part) => Date.parse(part.startedAt));
  const start = Math.min(...starts);
  const ends = parts.map((part, index) => starts[index]! + part.durationMs);
  const durationMs = Math.max(...ends) - start;
  const shifts = starts.map((at) => Math.round((at - start) / 1000));

  const intervals = mergeIntervals(parts, shifts);
  const timeSeries = mergeTimeSeries(parts, shifts, intervals);
  const merged: RunMeasurements = {
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(Math.max(...parts.map((part) => Date.parse(part.finishedAt)))).toISOString(),
    durationMs,
    maxVusReached: maxVus(parts, timeSeries),
    overall: mergeRequestStats(
      parts.map((part) => part.overall),
      durationMs,
    ),
    endpoints: mergeEndpoints(parts, durationMs),
    timeSeries,
    ...(intervals ? { intervals } : {}),
    ...optional('errorCauses', mergeErrorCauses(parts)),
    ...optional('stoppedEarly', parts.find((part) => part.stoppedEarly !== undefined)?.stoppedEarly),
    ...optional('plan', mergePlan(parts)),
    ...optional('arrival', mergeArrival(parts)),
    ...optional('generator', mergeGenerator(parts)),
    ...optional('abortedBy', earliestAbort(parts)),
    ...optional('traffic', mergeTraffic(parts.map((part) => part.traffic))),
    ...optional('transport', mergeTransport(parts)),
    ...optional('source', mergeSource(parts)),
    ...optional('selections', mergeSelections(parts, shifts, durationMs)),
    ...optional('execution', mergeExecution(parts.map((part) => part.execution))),
    // The target's own metrics are the target's, not a part's: every part read the same series.
    ...optional('serverMetrics', parts.find((part) => part.serverMetrics !== undefined)?.serverMetrics),
    ...optional('scenarios', mergeScenarios(parts, start, mergeMeasurements)),
  };
  if (parts.some((part) => part.drift !== undefined)) {
    const drift = measureDrift(merged);
    if (drift) merged.drift = drift;
  }
  return merged;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Endpoints by name, in the order the first part that has each lists them. */
function mergeEndpoints(parts: readonly RunMeasurements[], durationMs: number): EndpointMeasurement[] {
  const byName = new Map<string, EndpointMeasurement[]>();
  for (const part of parts) {
    for (const endpoint of part.endpoints) {
      const list = byName.get(endpoint.name) ?? [];
      list.push(endpoint);
      byName.set(endpoint.name, list);
    }
  }
  return [...byName.values()].map((list) => ({
    name: list[0]!.name,
    method: list[0]!.method,
    path: list[0]!.path,
    ...mergeRequestStats(list, durationMs),
  }));
}

/** Per-second histograms, when every part kept them (results written before they were kept have none). */
function mergeIntervals(
  parts: readonly RunMeasurements[],
  shifts: readonly number[],
): IntervalSeries | undefined {
  if (parts.some((part) => part.intervals === undefined)) return undefined;
  const names = [...new Set(parts.flatMap((part) => part.intervals!.endpoints.map((entry) => entry.name)))];
  return {
    overall: mergeIntervalPoints(
      parts.map((part) => part.intervals!.overall),
      shifts,
    ),
    endpoints: names.map((name) => ({
      name,
      points: mergeIntervalPoints(
        parts.map((part) => part.intervals!.endpoints.find((entry) => entry.name === name)?.points ?? []),
        shifts,
      ),
    })),
  };
}

/**
 * The time series second by second: VUs, requests and errors summed; the percentiles
 * from the merged per-second histograms. Without them (an old results.json), the
 * highest part's percentile of that second, the conservative reading.
 */
function mergeTimeSeries(
  parts: readonly RunMeasurements[],
  shifts: readonly number[],
  intervals: IntervalSeries | undefined,
): TimeSeriesPoint[] {
  const bySecond = new Map<number, TimeSeriesPoint>();
  parts.forEach((part, index) => {
    for (const point of part.timeSeries) {
      const t = point.t + shifts[index]!;
      const entry = bySecond.get(t);
      if (entry === undefined) {
        bySecond.set(t, { ...point, t });
        continue;
      }
      entry.vus += point.vus;
      entry.requests += point.requests;
      entry.errors += point.errors;
      entry.p50 = Math.max(entry.p50, point.p50);
      entry.p95 = Math.max(entry.p95, point.p95);
      entry.p99 = Math.max(entry.p99, point.p99);
    }
  });
  const exact = new Map(intervals?.overall.map((point) => [point.t, point.histogram]) ?? []);
  return [...bySecond.values()]
    .sort((a, b) => a.t - b.t)
    .map((point) => {
      const histogram = exact.get(point.t);
      if (histogram === undefined) return point;
      const sum = addHistograms([histogram]);
      return { ...point, p50: sum.percentileMs(50), p95: sum.percentileMs(95), p99: sum.percentileMs(99) };
    });
}

/** The most VUs active in one second over all parts (each part's peak, summed, when no series was kept). */
function maxVus(parts: readonly RunMeasurements[], timeSeries: readonly TimeSeriesPoint[]): number {
  const fromSeries = timeSeries.reduce((max, point) => Math.max(max, point.vus), 0);
  return fromSeries > 0 ? fromSeries : parts.reduce((sum, part) => sum + part.maxVusReached, 0);
}

function mergeErrorCauses(parts: readonly RunMeasurements[]): ErrorCauseCount[] | undefined {
  if (parts.every((part) => part.errorCauses === undefined)) return undefined;
  const counter = new ErrorCauseCounter();
  for (const part of parts) {
    for (const row of part.errorCauses ?? []) counter.add(row.cause, row.errorClass, row.count);
  }
  return counter.counts();
}

/** The plan ran as far as its least advanced part: the merged run completed only if every part did. */
function mergePlan(parts: readonly RunMeasurements[]): PlanProgress | undefined {
  const plans = parts.map((part) => part.plan);
  if (plans.every((plan) => plan === undefined)) return undefined;
  if (plans.some((plan) => plan === undefined)) {
    return { plannedMs: 0, ranMs: 0, fraction: 0, completed: false, stoppedBy: 'a part recorded no plan' };
  }
  const known = plans as PlanProgress[];
  const least = known.reduce((a, b) => (b.fraction < a.fraction || (!b.completed && a.completed) ? b : a));
  const completed = known.every((plan) => plan.completed);
  return {
    plannedMs: Math.max(...known.map((plan) => plan.plannedMs)),
    ranMs: least.ranMs,
    fraction: least.fraction,
    completed,
    ...(completed
      ? {}
      : { stoppedBy: known.find((plan) => !plan.completed)?.stoppedBy ?? 'a part stopped early' }),
  };
}

/** The open model's figures summed; the uncorrected latency from the summed histogram. */
function mergeArrival(parts: readonly RunMeasurements[]): ArrivalMeasurements | undefined {
  const arrivals = parts.map((part) => part.arrival);
  if (arrivals.every((arrival) => arrival === undefined)) return undefined;
  const known = arrivals.filter((arrival): arrival is ArrivalMeasurements => arrival !== undefined);
  const sum = (
    key: 'targetRps' | 'achievedRps' | 'scheduled' | 'sent' | 'dropped' | 'maxVus' | 'connections',
  ) => known.reduce((total, arrival) => total + arrival[key], 0);
  const uncorrected = addHistograms(known.map((arrival) => arrival.uncorrectedHistogram));
  const delays = known.flatMap((arrival) => (arrival.generatorDelay ? [arrival.generatorDelay] : []));
  return {
    targetRps: round3(sum('targetRps')),
    achievedRps: round3(sum('achievedRps')),
    scheduled: sum('scheduled'),
    sent: sum('sent'),
    dropped: sum('dropped'),
    maxVus: sum('maxVus'),
    // Each part's peak, summed: the parts' peaks may fall at different moments, so this is an upper bound.
    peakInFlight: known.reduce((total, arrival) => total + arrival.peakInFlight, 0),
    connections: sum('connections'),
    uncorrectedLatency: uncorrected.summary(),
    uncorrectedHistogram: uncorrected.encode(),
    ...(delays.length > 0 ? { generatorDelay: mergeSummariesConservatively(delays) } : {}),
  };
}

/** The worst part's health: a bottleneck in any part is a bottleneck of the run. */
function mergeGenerator(parts: readonly RunMeasurements[]): GeneratorHealth | undefined {
  const known = parts
    .map((part) => part.generator)
    .filter((generator): generator is GeneratorHealth => generator !== undefined);
  if (known.length === 0) return undefined;
  const highest = (key: 'eventLoopLagP99Ms' | 'eventLoopLagMaxMs' | 'cpuPercent' | 'peakRssMb') =>
    Math.max(...known.map((generator) => generator[key]));
  return {
    eventLoopLagP99Ms: highest('eventLoopLagP99Ms'),
    eventLoopLagMaxMs: highest('eventLoopLagMaxMs'),
    cpuPercent: highest('cpuPercent'),
    peakRssMb: highest('peakRssMb'),
    rssFirstTenthMb: Math.max(...known.map((generator) => generator.rssFirstTenthMb)),
    rssLastTenthMb: Math.max(...known.map((generator) => generator.rssLastTenthMb)),
    nodeFlags: known[0]!.nodeFlags,
    bottleneck: [...new Set(known.flatMap((generator) => generator.bottleneck))],
    ...(known.some((generator) => generator.workers)
      ? { workers: known.flatMap((generator) => generator.workers ?? []) }
      : {}),
  };
}

/** How the target was reached is the same for every part; the connections opened are summed. */
function mergeTransport(parts: readonly RunMeasurements[]): TransportMeasurements | undefined {
  const known = parts.flatMap((part) => (part.transport ? [part.transport] : []));
  if (known.length === 0) return undefined;
  const connections = {
    'http/1.1': known.reduce((sum, transport) => sum + transport.connections['http/1.1'], 0),
    h2: known.reduce((sum, transport) => sum + transport.connections.h2, 0),
  };
  return { ...known[0]!, connections, protocol: protocolOf(connections) };
}

/** Parts read from files (k6 instances): every file, every skipped note once. */
function mergeSource(parts: readonly RunMeasurements[]): MeasurementsSource | undefined {
  const known = parts.flatMap((part) => (part.source ? [part.source] : []));
  if (known.length === 0) return undefined;
  return {
    kind: known[0]!.kind,
    files: [...new Set(known.flatMap((source) => source.files))],
    skipped: [...new Set(known.flatMap((source) => source.skipped))],
  };
}

function earliestAbort(parts: readonly RunMeasurements[]): AbortRecord | undefined {
  return parts
    .map((part) => part.abortedBy)
    .filter((abort): abort is AbortRecord => abort !== undefined)
    .sort((a, b) => a.atMs - b.atMs)[0];
}
