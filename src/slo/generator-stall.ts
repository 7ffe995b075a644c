/**
 * The open model's corrected latency, judged against the generator's own stalls. The
 * engine takes the generator's send delay off the corrected figure (open-model.ts), but
 * a pause of the generator also delays the reading of responses and bunches the
 * requests that were due during it, and that part cannot be told apart from a slow
 * target. So when the corrected p99 sits far above the uncorrected one (more than
 * {@link GAP_FACTOR} × it + {@link GAP_MS} ms: more than a target's own queueing
 * explains) while the generator itself stalled (its event loop {@link STALL_LAG_MAX_MS}
 * ms late or more, or its send delay {@link STALL_DELAY_P99_MS} ms at p99), the gap is
 * the generator's as much as the target's: the run is inconclusive, naming the
 * generator. A target that held every allowed connection (`max-vus` reached) queues
 * requests by itself: that gap is its own, unless the generator was late sending on
 * connections that were free (its send delay does not count the wait for a free
 * connection, so a late send is the generator's whoever held the others).
 */
import type { GeneratorHealth, RunMeasurements } from '../metrics/measurements.js';

export const GAP_FACTOR = 2;
export const GAP_MS = 5;
export const STALL_LAG_MAX_MS = 10;
export const STALL_DELAY_P99_MS = 5;

/**
 * Why the corrected latency may be the generator's; empty when it is not in doubt.
 * @param health the generator's, shared by the canary and a live baseline
 * @param to which target, in words (empty with one target)
 */
export function generatorStall(m: RunMeasurements, health: GeneratorHealth, to = ''): string[] {
  const arrival = m.arrival;
  if (arrival === undefined || m.stoppedEarly !== undefined) return [];
  const corrected = m.overall.latency.p99;
  const uncorrected = arrival.uncorrectedLatency.p99;
  if (!(corrected > GAP_FACTOR * uncorrected + GAP_MS)) return [];
  const delayP99 = arrival.generatorDelay?.p99 ?? 0;
  const lateSends = delayP99 >= STALL_DELAY_P99_MS;
  // Every connection held: the target queued the requests, and a lagging loop alone does not say otherwise.
  if (arrival.peakInFlight >= arrival.maxVus && !lateSends) return [];
  if (health.eventLoopLagMaxMs < STALL_LAG_MAX_MS && !lateSends) return [];
  return [
    `the corrected p99${to} (${corrected} ms) is more than ${GAP_FACTOR} × the uncorrected p99 (${uncorrected} ms) + ${GAP_MS} ms ` +
      `while the load generator itself stalled (event loop up to ${health.eventLoopLagMaxMs} ms late, its own send delay ${delayP99} ms at p99), ` +
      `so the wait cannot be told apart from the generator's`,
  ];
}
