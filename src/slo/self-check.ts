/**
 * Was the load generator, not the target, the bottleneck? Then the figures describe the
 * generator and the verdict is `inconclusive`: neither a pass nor a fail can be trusted.
 *
 * - The event loop lagged (p99 above {@link MAX_LAG_P99_MS}): timers fired late, so
 *   requests left late and latencies were read late.
 * - Open model: the achieved rate fell more than {@link MAX_RATE_SHORTFALL} short of
 *   the target while the `max-vus` cap was never reached (so the target was not
 *   holding requests back: the generator could not send them).
 * - Open model: the generator used {@link MAX_CPU_PERCENT} % of its core or more while
 *   its event loop lagged more than {@link CPU_LAG_P99_MS} ms at p99.
 * - Open model: the corrected latency is far above the uncorrected one while the
 *   generator stalled (generator-stall.ts).
 *
 * With a live baseline one generator drives both targets, so the load on it is doubled:
 * its health is judged once for both, and a shortfall to either target counts.
 */
import type { RunMeasurements } from '../metrics/measurements.js';
import { generatorStall } from './generator-stall.js';

export const MAX_LAG_P99_MS = 100;
export const MAX_RATE_SHORTFALL = 0.1;
export const MAX_CPU_PERCENT = 95;
export const CPU_LAG_P99_MS = 20;

/** The executor that ran: `open` for the open model (the `model` of Settings), absent for the closed one. */
export interface RunModel {
  readonly model?: 'open';
  /** With `scenarios:`, each one's model. */
  readonly scenarios?: readonly { readonly model?: 'open' }[];
}

/**
 * Why the generator was the bottleneck; empty when it was not.
 * @param baseline the live baseline's measurements, when the generator loaded one beside the canary
 */
export function generatorBottleneck(
  settings: RunModel,
  m: RunMeasurements,
  baseline?: RunMeasurements,
): string[] {
  const reasons: string[] = [];
  const health = m.generator;
  if (health === undefined) return reasons;
  const both = baseline === undefined ? '' : ' (loading the canary and the live baseline at once)';
  // With worker threads the figures are the worst worker's: name it.
  const which = (key: 'eventLoopLagP99Ms' | 'cpuPercent'): string => {
    const workers = health.workers ?? [];
    const worst = workers.find((worker) => worker[key] === health[key]);
    return worst ? ` in worker ${worst.worker} of ${worst.of}` : '';
  };
  if (health.eventLoopLagP99Ms > MAX_LAG_P99_MS) {
    reasons.push(
      `the load generator's event loop${which('eventLoopLagP99Ms')} lagged ${health.eventLoopLagP99Ms} ms at p99 (limit ${MAX_LAG_P99_MS} ms, max ${health.eventLoopLagMaxMs} ms)${both}, so requests left late and latencies were read late`,
    );
  }
  // With scenarios, the arrival-rate ones' figures (the merged `arrival`) are checked the same way.
  const open = settings.model === 'open' || settings.scenarios?.some((s) => s.model === 'open') === true;
  if (open && m.stoppedEarly === undefined) {
    const targets: [RunMeasurements | undefined, string][] = [
      [m, baseline === undefined ? '' : ' to the canary'],
      [baseline, ' to the live baseline'],
    ];
    for (const [measured, to] of targets) {
      const arrival = measured?.arrival;
      if (
        arrival !== undefined &&
        arrival.targetRps > 0 &&
        arrival.achievedRps < arrival.targetRps * (1 - MAX_RATE_SHORTFALL) &&
        arrival.peakInFlight < arrival.maxVus
      ) {
        reasons.push(
          `the load generator sent ${arrival.achievedRps} req/s${to} of the ${arrival.targetRps} req/s asked for although max-vus (${arrival.maxVus}) was never reached`,
        );
      }
      if (measured !== undefined) reasons.push(...generatorStall(measured, health, to));
    }
    if (
      m.arrival !== undefined &&
      health.cpuPercent >= MAX_CPU_PERCENT &&
      health.eventLoopLagP99Ms > CPU_LAG_P99_MS
    ) {
      reasons.push(
        `the load generator${which('cpuPercent')} used ${health.cpuPercent}% CPU with its event loop ${health.eventLoopLagP99Ms} ms late at p99${both}: it could not keep the schedule`,
      );
    }
  }
  return reasons;
}
