/**
 * The breakpoint scenario: the open model over a staircase of rates (see
 * config/scenario-presets.ts), with the thresholds judged on each step's own data as
 * the step ends. The first step that breaks one stops the load; the capacity is the
 * highest step rate that held. The verdict is read from that step's data (see gate.ts).
 */
import type { Settings, Stage } from '../../config/settings.js';
import type { LiveRun } from '../../metrics/live-run.js';
import type { BreakpointStep, RunMeasurements } from '../../metrics/measurements.js';
import { MetricsRecorder } from '../../metrics/metrics-recorder.js';
import { evaluateThresholds } from '../../slo/evaluate-thresholds.js';
import { parseThreshold } from '../../slo/threshold-parser.js';
import type { Threshold } from '../../slo/types.js';
import type { RunLoadOptions } from './load-run.js';
import { runOpenModel } from './open-model.js';

/** Errors stop the staircase above this share even when no threshold is on http_req_failed. */
export const BREAKPOINT_ERROR_LIMIT = 'http_req_failed: rate<0.05';

/** The thresholds a step is judged by: the settings', plus the error limit when none is on errors. */
export function stepThresholds(thresholds: readonly Threshold[]): Threshold[] {
  const onErrors = thresholds.some((t) => t.metric === 'http_req_failed' && Object.keys(t.tags).length === 0);
  return onErrors
    ? [...thresholds]
    : [...thresholds, parseThreshold({ text: BREAKPOINT_ERROR_LIMIT, origin: 'the breakpoint error limit' })];
}

export async function runBreakpoint(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<RunMeasurements> {
  const steps = breakpointSteps(settings.stages);
  // A step has no baseline to compare with: relative thresholds are judged after the run only.
  const thresholds = stepThresholds(settings.thresholds.filter((threshold) => !threshold.relative));
  const ends: number[] = [];
  let at = 0;
  for (const step of steps) ends.push((at += step.durationMs));

  const results: BreakpointStep[] = [];
  const stepData: RunMeasurements[] = [];
  let stepIndex = 0;
  let recorder = newRecorder(settings);
  let droppedBefore = 0;

  const closeStep = (live: LiveRun): boolean => {
    const step = steps[stepIndex]!;
    recorder.finish();
    const measured = recorder.snapshot();
    const arrival = live.snapshot().arrival;
    const dropped = (arrival?.dropped ?? 0) - droppedBefore;
    droppedBefore = arrival?.dropped ?? 0;
    const evaluation = evaluateThresholds(thresholds, measured);
    const failed = evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
    const overall = measured.overall;
    results.push({
      rate: step.rate,
      achievedRps: overall.rps,
      requests: overall.requests,
      p95: overall.latency.p95,
      errorRate: overall.requests > 0 ? overall.failed / overall.requests : 0,
      dropped,
      held: failed.length === 0,
      failed,
    });
    stepData.push(measured);
    stepIndex++;
    recorder = newRecorder(settings);
    return failed.length === 0;
  };

  const check = (live: LiveRun): string | undefined => {
    // A step is judged once it has ended (checks run every second, so within a second of its end).
    if (stepIndex < steps.length - 1 && live.elapsedMs >= ends[stepIndex]!) {
      const rate = steps[stepIndex]!.rate;
      if (!closeStep(live)) return `breakpoint reached: the SLOs broke at ${rate} req/s`;
    }
    return undefined;
  };

  const measurements = await runOpenModel(settings, {
    ...options,
    liveChecks: [...(options.liveChecks ?? []), check],
    // The recorder is replaced at each step; the sink always feeds the current one.
    sink: { record: (...request) => recorder.record(...request) },
  });
  if (stepIndex < steps.length && results.length === stepIndex && !measurements.stoppedEarly) {
    // The last step ends with the run.
    closeStep({ elapsedMs: measurements.durationMs, snapshot: () => measurements });
  }
  const heldSteps = results.filter((step) => step.held);
  // The capacity is the highest step below the first that broke.
  const firstBroken = results.findIndex((step) => !step.held);
  const held = firstBroken < 0 ? heldSteps : results.slice(0, firstBroken);
  const capacityRps = held.length > 0 ? held[held.length - 1]!.rate : 0;
  const verdictIndex = held.length > 0 ? held.length - 1 : 0;
  return {
    ...measurements,
    breakpoint: {
      steps: results,
      capacityRps,
      ...(stepData[verdictIndex] ? { verdictStep: stepData[verdictIndex] } : {}),
    },
  };
}

function newRecorder(settings: Settings): MetricsRecorder {
  const recorder = new MetricsRecorder(settings.endpoints);
  recorder.start();
  return recorder;
}

/** The holds of a breakpoint shape (config/scenario-presets.ts): each step's rate and length. */
function breakpointSteps(stages: readonly Stage[]): { rate: number; durationMs: number }[] {
  return stages
    .filter((stage) => stage.durationMs > 0)
    .map((stage) => ({ rate: stage.target, durationMs: stage.durationMs }));
}
