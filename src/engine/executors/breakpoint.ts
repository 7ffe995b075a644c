/**
 * The breakpoint scenario: the open model over a staircase of rates (see
 * config/scenario-presets.ts), with the thresholds judged on each step's own data. The
 * first step that breaks one stops the load; the capacity is the highest step rate that
 * held. The verdict is read from that step's data (see gate.ts).
 *
 * Each step is judged on its steady part only. Right after the rate rises the figures
 * describe the change, not the rate: the pool opens connections (pool-growth.ts), the
 * requests that queued meanwhile go out late and carry the wait in their corrected
 * latency, and the target's own queues and caches settle. Judged with those seconds, a
 * target that holds 320 req/s steadily could break at 80 or 160. So the first 25 % of a
 * step, and at least {@link MIN_WARM_UP_MS}, is left out; a step always keeps at least
 * half its length, so a short step (1 s in tests) still has data. A request belongs to
 * the step its intended send time falls in, whenever it is answered, and a step is
 * judged {@link JUDGE_GRACE_MS} after it ends, so its slowest answers count too.
 *
 * The capacity is exact when a step above it broke (0 when the first step did), and a
 * lower bound (`at-least`) when no judged step broke: the staircase ended, or the run
 * was stopped, below the knee.
 */
import type { Settings, Stage } from '../../config/settings.js';
import type { LiveRun } from '../../metrics/live-run.js';
import type { BreakpointMeasurements, BreakpointStep, RunMeasurements } from '../../metrics/measurements.js';
import { MetricsRecorder } from '../../metrics/metrics-recorder.js';
import { selectionOptions } from '../selection-options.js';
import { evaluateThresholds } from '../../slo/evaluate-thresholds.js';
import { findMetric } from '../../slo/metric-catalog.js';
import { parseThreshold } from '../../slo/threshold-parser.js';
import type { Threshold } from '../../slo/types.js';
import type { RunLoadOptions } from './load-run.js';
import { runOpenModel } from './open-model.js';
import type { RequestSink } from './request-sink.js';

/** Errors stop the staircase above this share even when no threshold is on http_req_failed. */
export const BREAKPOINT_ERROR_LIMIT = 'http_req_failed: rate<0.05';

/** Share of a step left out after its rate changed. */
export const WARM_UP_FRACTION = 0.25;
/** Left out of every step at least, ms (unless that would leave less than half the step). */
export const MIN_WARM_UP_MS = 1000;
/** Share of a step always judged. */
export const MIN_JUDGED_FRACTION = 0.5;
/** How long after its end a step's last requests may still be answered before it is judged, ms. */
export const JUDGE_GRACE_MS = 1000;

/** The thresholds a step is judged by: the settings' (not those on the whole staircase, such as capacity_rps), plus the error limit when none is on errors. */
export function stepThresholds(thresholds: readonly Threshold[]): Threshold[] {
  const perStep = thresholds.filter((t) => findMetric(t.metric)?.scenario !== 'breakpoint');
  const onErrors = perStep.some((t) => t.metric === 'http_req_failed' && Object.keys(t.tags).length === 0);
  return onErrors
    ? perStep
    : [...perStep, parseThreshold({ text: BREAKPOINT_ERROR_LIMIT, origin: 'the breakpoint error limit' })];
}

/** The steady part of a step that starts at `startMs` and lasts `durationMs`: [fromMs, toMs), ms since the start. */
export function steadyWindow(startMs: number, durationMs: number): { fromMs: number; toMs: number } {
  const warmUp = Math.min(
    Math.max(durationMs * WARM_UP_FRACTION, MIN_WARM_UP_MS),
    durationMs * (1 - MIN_JUDGED_FRACTION),
  );
  return { fromMs: startMs + Math.round(warmUp), toMs: startMs + durationMs };
}

/** One step while it runs: its window and the recorder of what was intended within it. */
class StepRecorder {
  readonly recorder: MetricsRecorder;
  dropped = 0;
  /** The step recorder's clock is the run's elapsed time, set to the window's ends. */
  private clock: number;

  constructor(
    settings: Settings,
    readonly rate: number,
    readonly fromMs: number,
    readonly toMs: number,
  ) {
    this.clock = fromMs;
    this.recorder = new MetricsRecorder(settings.endpoints, {
      now: () => this.clock,
      ...selectionOptions(settings),
    });
    this.recorder.start();
  }

  includes(intendedAtMs: number): boolean {
    return intendedAtMs >= this.fromMs && intendedAtMs < this.toMs;
  }

  /** The step's figures over its window (rates per second of the window). */
  close(): RunMeasurements {
    this.clock = this.toMs;
    this.recorder.setExecution({ droppedIterations: this.dropped });
    this.recorder.finish();
    return this.recorder.snapshot();
  }
}

export async function runBreakpoint(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<RunMeasurements> {
  // A step has no baseline to compare with: relative thresholds are judged after the run only.
  const thresholds = stepThresholds(settings.thresholds.filter((threshold) => !threshold.relative));
  const steps: StepRecorder[] = [];
  let at = 0;
  for (const { rate, durationMs } of breakpointSteps(settings.stages)) {
    const { fromMs, toMs } = steadyWindow(at, durationMs);
    steps.push(new StepRecorder(settings, rate, fromMs, toMs));
    at += durationMs;
  }

  const results: BreakpointStep[] = [];
  const stepData: RunMeasurements[] = [];
  let brokeHere = false;

  /** Judges the next step; false when it broke. */
  const judgeNext = (): boolean => {
    const step = steps[results.length]!;
    const measured = step.close();
    const evaluation = evaluateThresholds(thresholds, measured);
    const failed = evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
    const overall = measured.overall;
    results.push({
      rate: step.rate,
      achievedRps: overall.rps,
      requests: overall.requests,
      p95: overall.latency.p95,
      errorRate: overall.requests > 0 ? overall.failed / overall.requests : 0,
      dropped: step.dropped,
      held: failed.length === 0,
      failed,
      judgedFromMs: step.fromMs,
      judgedToMs: step.toMs,
    });
    stepData.push(measured);
    return failed.length === 0;
  };
  const broken = (): boolean => results.length > 0 && !results[results.length - 1]!.held;

  const check = (live: LiveRun): string | undefined => {
    // Checks run every second: a step is judged within a second of its end plus the grace.
    while (results.length < steps.length && live.elapsedMs >= steps[results.length]!.toMs + JUDGE_GRACE_MS) {
      if (!judgeNext()) {
        brokeHere = true;
        return `breakpoint reached: the SLOs broke at ${results[results.length - 1]!.rate} req/s`;
      }
    }
    return undefined;
  };

  const stepOf = (intendedAtMs: number): StepRecorder | undefined => {
    for (let i = results.length; i < steps.length; i++) if (steps[i]!.includes(intendedAtMs)) return steps[i];
    return undefined;
  };
  const sink: RequestSink = {
    record(endpointIndex, latencyUs, outcome, _endMs, intendedAtMs, iterationUs) {
      // On the step's own clock (elapsed ms): the answer came latencyUs after the intended send.
      const recorder = stepOf(intendedAtMs)?.recorder;
      recorder?.record(endpointIndex, latencyUs, outcome, intendedAtMs + latencyUs / 1000);
      recorder?.recordIteration(iterationUs);
    },
    drop(intendedAtMs) {
      const step = stepOf(intendedAtMs);
      if (step) step.dropped++;
    },
  };

  const measurements = await runOpenModel(settings, {
    ...options,
    liveChecks: [...(options.liveChecks ?? []), check],
    sink,
  });
  // The steps not judged yet whose window ran to its end (all of them when the plan did).
  const ranMs = measurements.stoppedEarly === undefined ? Number.POSITIVE_INFINITY : measurements.durationMs;
  while (!broken() && results.length < steps.length && steps[results.length]!.toMs <= ranMs) judgeNext();

  const breakpoint = capacityOf(results, stepData);
  // Stopped by its own first broken step, the staircase ended where its plan says it ends.
  const plan = measurements.plan && brokeHere ? { ...measurements.plan, completed: true } : measurements.plan;
  if (plan && plan.completed) delete plan.stoppedBy;
  return { ...measurements, ...(plan ? { plan } : {}), breakpoint };
}

/** The capacity from the judged steps: the rate below the first that broke, else at least the last. */
function capacityOf(results: BreakpointStep[], stepData: RunMeasurements[]): BreakpointMeasurements {
  const firstBroken = results.findIndex((step) => !step.held);
  const held = firstBroken < 0 ? results : results.slice(0, firstBroken);
  const verdictIndex = held.length > 0 ? held.length - 1 : 0;
  return {
    steps: results,
    capacityRps: held.length > 0 ? held[held.length - 1]!.rate : 0,
    capacityBound: firstBroken < 0 ? 'at-least' : 'exact',
    ...(stepData[verdictIndex] ? { verdictStep: stepData[verdictIndex] } : {}),
  };
}

/** The holds of a breakpoint shape (config/scenario-presets.ts): each step's rate and length. */
function breakpointSteps(stages: readonly Stage[]): { rate: number; durationMs: number }[] {
  return stages
    .filter((stage) => stage.durationMs > 0)
    .map((stage) => ({ rate: stage.target, durationMs: stage.durationMs }));
}
