/**
 * The gate itself, shared by the action and the CLI: settings → engine →
 * measurements → verdict → report files. It touches neither `@actions/*` nor any
 * network but the target, so both front ends (and tests) drive it the same way.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { SettingsError } from './config/settings-error.js';
import type { Settings } from './config/settings.js';
import {
  liveBaselineLabel,
  runLoadWithBaseline,
  type LoadOutcome,
  type ProgressSample,
  type RunLoadOptions,
} from './engine/index.js';
import { totalDurationMs } from './engine/executors/stages.js';
import type { BaselineData } from './metrics/baseline-data.js';
import type { RunMeasurements } from './metrics/measurements.js';
import { writeReportBundle } from './report/report-bundle.js';
import { buildResultsDocument } from './report/results-document.js';
import { renderMarkdownReport } from './report/markdown-report.js';
import { shardRecord, type ShardRecord } from './report/plan-identity.js';
import type { ReportContext } from './report/report-context.js';
import type { MeasuredRun } from './sources/measured-run.js';
import { decideStart, waitUntilStart } from './sources/shards/start-at.js';
import { measureDrift } from './metrics/drift.js';
import { ServerMetricsPoller } from './sources/prometheus/poll-server-metrics.js';
import { readServerMetrics, windowOf } from './sources/prometheus/read-server-metrics.js';
import { AbortRules, applyAbort } from './slo/abort-rules.js';
import { evaluateThresholds } from './slo/evaluate-thresholds.js';
import { generatorBottleneck } from './slo/self-check.js';
import type { Evaluation } from './slo/types.js';
import { decideVerdict } from './slo/verdict.js';
import { TOOL_VERSION } from './version.js';

export interface GateOptions {
  /** Aborting stops the load early; the partial results are still evaluated and written. */
  signal?: AbortSignal;
  onProgress?: (sample: ProgressSample) => void;
  /** How often onProgress is called; default the engine's (5 s). The CLI's live display asks for more. */
  progressIntervalMs?: number;
  /** Link to the workflow run, shown in the report. */
  runUrl?: string;
  /**
   * The baseline loaded before the load (baseline-results, baseline-artifact), or why it
   * could not be had. A live baseline (baseline-url) is measured during the run instead.
   */
  baseline?: BaselineData;
  /**
   * Measurements from another source than the engine (the merge of shard bundles, k6
   * results): no load is sent, and the verdict is decided on them as on a run's.
   */
  measured?: MeasuredRun;
  /** The workflow run (GITHUB_RUN_ID): a leg's shard bundle names it. */
  runId?: string;
  /** Called once before a leg waits for `start-at`, with the wait in ms. */
  onWaiting?: (ms: number) => void;
}

export interface GateOutcome {
  settings: Settings;
  measurements: RunMeasurements;
  /**
   * The baseline the canary was compared with: measured beside it (`baseline-url`) or
   * loaded before the load (see GateOptions.baseline); absent without one.
   */
  baseline?: BaselineData;
  evaluation: Evaluation;
  /** True when the verdict is fail and auto-rollback is on (never for `error`: the target was not judged). */
  rollback: boolean;
  report: ReportContext;
  markdown: string;
  reportPath: string;
  resultsPath: string;
  /** Every file of the report bundle (report.md, results.json, report.html, junit.xml, …), absolute. */
  bundleFiles: string[];
  reportDir: string;
  /** Set for a matrix leg: its figures are a share of the load, the merge job decides (`verdict=shard`). */
  shard?: ShardRecord;
}

export async function runGate(given: Settings, options: GateOptions = {}): Promise<GateOutcome> {
  // A source may bring its own thresholds (those written in k6 files).
  const settings = options.measured?.thresholds
    ? { ...given, thresholds: options.measured.thresholds }
    : given;
  const abortRules = new AbortRules(settings.thresholds);
  const loaded = options.measured ? undefined : await measureLoad(settings, options, abortRules);
  const measurements = loaded
    ? judgeRun(settings, loaded.measurements, abortRules, loaded.baseline)
    : options.measured!.measurements;
  const shard = shardRecord(settings, options.runId);
  const baseline = liveBaseline(settings, loaded?.baseline, measurements) ?? options.baseline;
  const evaluation = decide(settings, measurements, baseline);
  const rollback = evaluation.verdict === 'fail' && settings.autoRollback;
  const report: ReportContext = {
    settings,
    measurements,
    evaluation,
    rollback,
    generatedAt: new Date().toISOString(),
    toolVersion: TOOL_VERSION,
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    ...(baseline ? { baseline } : {}),
    ...(shard ? { shard } : {}),
    ...(options.measured?.mergedFrom ? { mergedFrom: options.measured.mergedFrom } : {}),
  };

  const markdown = renderMarkdownReport(report);
  const reportDir = path.resolve(settings.reportDir);
  await mkdir(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, 'report.md');
  const resultsPath = path.join(reportDir, 'results.json');
  await writeFile(reportPath, markdown);
  await writeFile(resultsPath, `${JSON.stringify(buildResultsDocument(report), null, 2)}\n`);
  const bundleFiles = await writeReportBundle(report, reportDir);

  return {
    settings,
    measurements,
    ...(baseline ? { baseline } : {}),
    evaluation,
    rollback,
    report,
    markdown,
    reportPath,
    resultsPath,
    bundleFiles,
    reportDir,
    ...(shard ? { shard } : {}),
  };
}

/** The engine's load: a leg's share of it (waiting for `start-at` first), or the whole. */
async function measureLoad(
  settings: Settings,
  options: GateOptions,
  abortRules: AbortRules,
): Promise<LoadOutcome> {
  if (settings.startAt) {
    const start = decideStart(settings.startAt, totalDurationMs(settings.stages), Date.now());
    if ('problem' in start) {
      throw new SettingsError([
        { where: settings.startAt.where ?? "input 'start-at'", message: start.problem },
      ]);
    }
    if (start.waitMs > 0) options.onWaiting?.(start.waitMs);
    await waitUntilStart(start.waitMs, options.signal);
  }
  // A server-metric threshold with abortOnFail is polled during the load (sources/prometheus/).
  const poller = ServerMetricsPoller.forThresholds(settings.serverMetrics, settings.thresholds);
  const rawCheck = abortRules.check();
  const abortCheck = rawCheck && poller ? poller.wrap(rawCheck) : rawCheck;
  const loadOptions: RunLoadOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.progressIntervalMs ? { progressIntervalMs: options.progressIntervalMs } : {}),
    ...(abortCheck ? { liveChecks: [abortCheck] } : {}),
    // The engine runs every n-th VU or arrival of the global plan (engine/load-share.ts).
    ...(settings.shard ? { share: settings.shard } : {}),
  };
  poller?.start();
  const loaded = await runLoadWithBaseline(settings, loadOptions).finally(() => poller?.stop());
  return withServerMetrics(settings, loaded);
}

/**
 * The target's own metrics over the load window, read after the load (a live
 * baseline's with `{{target}}` standing for its label); without server-metrics, the
 * run as it was.
 */
async function withServerMetrics<T extends { measurements: RunMeasurements; baseline?: RunMeasurements }>(
  settings: Settings,
  outcome: T,
): Promise<T> {
  const server = settings.serverMetrics;
  if (server === undefined) return outcome;
  const live = outcome.baseline;
  const [canary, baseline] = await Promise.all([
    readServerMetrics(server, 'canary', windowOf(outcome.measurements)),
    live ? readServerMetrics(server, 'baseline', windowOf(live)) : undefined,
  ]);
  return {
    ...outcome,
    measurements: { ...outcome.measurements, serverMetrics: canary },
    ...(live && baseline ? { baseline: { ...live, serverMetrics: baseline } } : {}),
  };
}

/** What the run says about itself: the abort, the generator's health (for both targets), the soak drift. */
function judgeRun(
  settings: Settings,
  measured: RunMeasurements,
  abortRules: AbortRules,
  baseline?: RunMeasurements,
): RunMeasurements {
  const measurements: RunMeasurements = { ...measured };
  if (abortRules.record) measurements.abortedBy = abortRules.record;
  if (measurements.generator) {
    measurements.generator = {
      ...measurements.generator,
      bottleneck: generatorBottleneck(settings, measurements, baseline),
    };
  }
  if (settings.scenario === 'soak') {
    const drift = measureDrift(measurements);
    if (drift) measurements.drift = drift;
  }
  return measurements;
}

/** The live baseline as the judge sees it: its own figures, the generator's health judged with the canary's. */
function liveBaseline(
  settings: Settings,
  measured: RunMeasurements | undefined,
  canary: RunMeasurements,
): BaselineData | undefined {
  const source = settings.baseline?.source;
  if (measured === undefined || source?.kind !== 'live') return undefined;
  const measurements: RunMeasurements = { ...measured };
  if (canary.generator) measurements.generator = canary.generator;
  if (settings.scenario === 'soak') {
    const drift = measureDrift(measurements);
    if (drift) measurements.drift = drift;
  }
  return { origin: { kind: 'live', label: liveBaselineLabel(source.url) }, measurements };
}

/**
 * The verdict: the thresholds on the run's data (for breakpoint, on the steady part of
 * the highest step that held, with the staircase's capacity; relative ones against the
 * baseline), failed by an abortOnFail stop, then what the run says about itself
 * (slo/verdict.ts: an unreachable target, the generator, a plan cut short, a comparison
 * that could not tell).
 */
function decide(settings: Settings, measurements: RunMeasurements, baseline?: BaselineData): Evaluation {
  const breakpoint = measurements.breakpoint;
  const server = measurements.serverMetrics ? { serverMetrics: measurements.serverMetrics } : {};
  const judged = breakpoint
    ? { ...(breakpoint.verdictStep ?? measurements), breakpoint, ...server }
    : measurements;
  const judging = {
    ...(baseline ? { baseline } : {}),
    ...(settings.baseline
      ? { missing: settings.baseline.missing, confidence: settings.baseline.confidence }
      : {}),
  };
  const evaluation = applyAbort(evaluateThresholds(settings.thresholds, judged, judging), measurements);
  return decideVerdict(evaluation, measurements);
}
