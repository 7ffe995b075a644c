/**
 * Measurements of a made-up run, built by the real recorder on a hand-driven clock,
 * so the overall stats, the endpoints' HDR histograms and the per-second series are
 * exactly what a run with these requests would have recorded.
 *
 * ```ts
 * const run = syntheticRun(30, {
 *   'GET /a': (second, i) => ({ latencyMs: 50 }),              // 40 requests a second
 *   'GET /b': { perSecond: 20, request: (s, i) => ({ latencyMs: 80, failed: i === 0 }) },
 * });
 * ```
 */
import type { RunMeasurements } from '../../src/metrics/measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../../src/metrics/metrics-recorder.js';
import { uniforms } from './park-miller.js';

export interface SyntheticRequest {
  latencyMs: number;
  failed?: boolean;
}

type RequestMaker = (second: number, index: number) => SyntheticRequest;
export type SyntheticEndpoint = RequestMaker | { perSecond: number; request: RequestMaker };

const OK: RequestOutcome = {
  status: 200,
  ok: true,
  errorClass: null,
  sent: true,
  bytesSent: 100,
  bytesReceived: 200,
};
const FAILED: RequestOutcome = {
  status: 503,
  ok: false,
  errorClass: 'http_5xx',
  sent: true,
  bytesSent: 100,
  bytesReceived: 50,
};

/** A run of `seconds` seconds; each endpoint's requests are spread evenly over every second. */
export function syntheticRun(
  seconds: number,
  endpoints: Record<string, SyntheticEndpoint>,
  options: { keepIntervals?: boolean } = {},
): RunMeasurements {
  const names = Object.keys(endpoints);
  let clock = 0;
  const recorder = new MetricsRecorder(
    names.map((name) => ({ name, method: name.split(' ')[0] ?? 'GET', path: name.split(' ')[1] ?? '/' })),
    { now: () => clock, wallClock: () => Date.UTC(2030, 0, 1) + clock },
  );
  recorder.start();
  recorder.setVus(10, 0);
  for (let second = 0; second < seconds; second++) {
    names.forEach((name, endpointIndex) => {
      const entry = endpoints[name]!;
      const { perSecond, request } = typeof entry === 'function' ? { perSecond: 40, request: entry } : entry;
      for (let i = 0; i < perSecond; i++) {
        const at = second * 1000 + ((i + 0.5) * 1000) / perSecond;
        const made = request(second, i);
        recorder.record(endpointIndex, made.latencyMs * 1000, made.failed ? FAILED : OK, at);
      }
    });
  }
  clock = seconds * 1000;
  recorder.finish();
  const m = recorder.snapshot();
  if (options.keepIntervals === false) delete m.intervals;
  return m;
}

/**
 * Latencies around `levelMs`: each second gets its own level (±`secondSpread`/2, so
 * seconds differ as on a real machine), each request ±`spread`/2 around it.
 */
export function noisyLatency(
  seed: number,
  levelMs: number,
  spread = 0.1,
  secondSpread = 0.04,
): (second: number, index: number) => SyntheticRequest {
  const perSecond = uniforms(seed, 10_000);
  const perRequest = uniforms(seed + 7919, 100_003);
  return (second, index) => {
    const secondLevel = levelMs * (1 + secondSpread * (perSecond[second % perSecond.length]! - 0.5));
    const u = perRequest[(second * 997 + index) % perRequest.length]!;
    return { latencyMs: secondLevel * (1 + spread * (u - 0.5)) };
  };
}

/** Heavy-tailed latencies (Pareto, tail index 1.2) from `minMs` up: each second's p95 jumps about. */
export function heavyTailedLatency(
  seed: number,
  minMs: number,
): (second: number, index: number) => SyntheticRequest {
  const u = uniforms(seed, 100_003);
  return (second, index) => ({ latencyMs: minMs / u[(second * 131 + index) % u.length]! ** (1 / 1.2) });
}
