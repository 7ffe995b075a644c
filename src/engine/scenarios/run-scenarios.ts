/**
 * The scenarios of a run (`scenarios:` in the config): each starts at its start-time
 * with its own executor, recorder and journey, side by side with the others or after
 * them; the run is over when the last has ended. Each scenario's measurements are kept
 * apart (`RunMeasurements.scenarios`) and the run's are their exact merge
 * (metrics/merge-measurements.ts), so every figure of the run is the sum of its
 * scenarios' and each `{scenario:NAME}` threshold has its own data.
 *
 * A run split into parts (worker threads, matrix shards) runs every scenario in every
 * part, each with its share of that scenario's VUs, arrivals and iterations
 * (load-share.ts), so the parts add up to each scenario's configured load.
 *
 * One stop for all: a signal, an abortOnFail check (judged here, each second, on the
 * merged figures) or a scenario that fails stops every scenario, the ones not yet
 * started included (they end at once with nothing measured and the reason).
 */
import { performance } from 'node:perf_hooks';

import type { ScenarioSettings, Settings } from '../../config/settings.js';
import type { LiveRun } from '../../metrics/live-run.js';
import type { PlanProgress, RunMeasurements, ScenarioMeasurements } from '../../metrics/measurements.js';
import { mergeMeasurements } from '../../metrics/merge-measurements.js';
import { abortReasonText, type LoadOutcome, type RunLoadOptions } from '../executors/load-run.js';
import { LiveScenarios } from './live-scenarios.js';
import { scenarioRunSettings, scenariosPlannedMs } from './scenario-settings.js';

/** Runs one scenario's load (the executor its settings name): run-in-thread.ts. */
export type RunOne = (settings: Settings, options: RunLoadOptions) => Promise<LoadOutcome>;

const LIVE_CHECK_INTERVAL_MS = 1000;

export async function runScenarios(
  settings: Settings,
  scenarios: readonly ScenarioSettings[],
  options: RunLoadOptions,
  runOne: RunOne,
): Promise<LoadOutcome> {
  const plannedMs = scenariosPlannedMs(scenarios);
  const stop = new AbortController();
  const outer = options.signal;
  const onOuterAbort = (): void => stop.abort(abortReasonText(outer?.reason));
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });

  const live = new LiveScenarios();
  const startMs = performance.now();
  const timers = watch(live, options, startMs, plannedMs, (reason) => stop.abort(reason));

  const runScenario = async (scenario: ScenarioSettings): Promise<ScenarioMeasurements> => {
    await delay(scenario.startTimeMs, stop.signal);
    const startTimeMs = Math.round(performance.now() - startMs);
    const outcome = await runOne(scenarioRunSettings(settings, scenario), {
      signal: stop.signal,
      ...(options.share ? { share: options.share } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.now ? { now: options.now } : {}),
      gracefulStopMs: scenario.gracefulStopMs,
      attach: (run) => live.attach(scenario.name, scenario.executor, startTimeMs, run),
    });
    return {
      name: scenario.name,
      executor: scenario.executor,
      startTimeMs,
      measurements: outcome.measurements,
    };
  };

  const settled = await Promise.allSettled(
    scenarios.map((scenario) =>
      runScenario(scenario).catch((error: unknown) => {
        // One scenario that cannot run stops the others: the run is not what was configured.
        stop.abort(`failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }),
    ),
  );
  for (const timer of timers) clearInterval(timer);
  outer?.removeEventListener('abort', onOuterAbort);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));

  const parts = settled.map((result) => (result as PromiseFulfilledResult<ScenarioMeasurements>).value);
  const merged = mergeMeasurements(parts.map((part) => part.measurements));
  const ranMs = performance.now() - startMs;
  return { measurements: { ...merged, plan: runPlan(parts, plannedMs, ranMs), scenarios: parts } };
}

/** The run's plan: the latest scenario end; complete when every scenario completed its own. */
function runPlan(parts: readonly ScenarioMeasurements[], configuredMs: number, ranMs: number): PlanProgress {
  // An iteration budget that ran out early ends its scenario's plan early: the latest end as it was.
  const ends = parts.map((part) => part.startTimeMs + (part.measurements.plan?.plannedMs ?? configuredMs));
  const plannedMs = parts.length > 0 ? Math.round(Math.min(configuredMs, Math.max(...ends))) : configuredMs;
  const unfinished = parts.find((part) => part.measurements.plan?.completed === false);
  const fraction = plannedMs > 0 ? Math.min(1, Math.round((ranMs / plannedMs) * 1000) / 1000) : 1;
  if (unfinished === undefined) return { plannedMs, ranMs: Math.round(ranMs), fraction, completed: true };
  return {
    plannedMs,
    ranMs: Math.round(ranMs),
    fraction,
    completed: false,
    stoppedBy: `scenario ${unfinished.name}: ${unfinished.measurements.plan?.stoppedBy ?? 'stopped early'}`,
  };
}

/** Waits `ms`, or less when the signal aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The live checks (each second, on the merged figures) and the progress line, as one run's. */
function watch(
  live: LiveScenarios,
  options: RunLoadOptions,
  startMs: number,
  plannedMs: number,
  stop: (reason: string) => void,
): NodeJS.Timeout[] {
  const timers: NodeJS.Timeout[] = [];
  const checks = options.liveChecks ?? [];
  if (checks.length > 0) {
    const timer = setInterval(() => {
      if (!live.started) return;
      let cached: RunMeasurements | undefined;
      const snapshot = (): RunMeasurements | undefined => (cached ??= live.snapshot());
      // A check that needs only the closed seconds (a worker's report) makes no snapshot.
      const run: LiveRun = {
        elapsedMs: performance.now() - startMs,
        snapshot: () => snapshot()!,
        seconds: () => live.seconds(),
      };
      for (const check of checks) {
        const reason = check(run);
        if (reason !== undefined) {
          clearInterval(timer);
          stop(reason);
          return;
        }
      }
    }, LIVE_CHECK_INTERVAL_MS);
    timers.push(timer);
  }
  const onProgress = options.onProgress;
  if (onProgress) {
    const interval = Math.max(1, options.progressIntervalMs ?? 5000);
    timers.push(
      setInterval(() => onProgress(live.progress(performance.now() - startMs, plannedMs)), interval),
    );
  }
  return timers;
}
