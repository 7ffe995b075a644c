/**
 * The baseline a run compares with, loaded before any request is sent: an earlier
 * results.json or the last successful run's report artifact. A live baseline is not
 * loaded: the engine measures it during the run. The action and the CLI share this.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

import type { Settings } from '../config/settings.js';
import { deriveJobKey } from '../integrations/artifact-upload.js';
import type { BaselineData } from '../metrics/baseline-data.js';
import { findBaselineArtifact } from './find-baseline-artifact.js';
import { readResultsFile } from './read-results-file.js';

export interface BaselineLoadOptions {
  env?: NodeJS.ProcessEnv;
  /** When this run started. */
  now?: number;
  /** Bounds the artifact search (default: find-baseline-artifact.ts). */
  timeoutMs?: number;
}

/** The loaded baseline, or undefined when there is none to load (no source, or a live one). */
export async function loadBaseline(
  settings: Settings,
  options: BaselineLoadOptions = {},
): Promise<BaselineData | undefined> {
  const source = settings.baseline?.source;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now();
  if (source?.kind === 'results') return readResultsFile(source, now);
  if (source?.kind !== 'artifact') return undefined;
  const defaultBranch = defaultBranchOf(env.GITHUB_EVENT_PATH);
  return findBaselineArtifact({
    source,
    report: { baseName: settings.publish.artifactName, jobKey: deriveJobKey(env.GITHUB_JOB, settings) },
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    now,
    ...(settings.publish.githubToken ? { token: settings.publish.githubToken } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}

/** The default branch the event payload names (`repository.default_branch`), if it does. */
function defaultBranchOf(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined;
  }
}

/** One line for the log: where the baseline came from and what it holds, or why there is none. */
export function describeBaseline(baseline: BaselineData, whenMissing: 'pass' | 'fail'): string {
  if ('missing' in baseline) {
    const then =
      whenMissing === 'pass'
        ? 'the relative thresholds pass without it (baseline-missing: pass)'
        : 'the relative thresholds have no data, so they fail (baseline-missing: pass would let them pass)';
    return `Baseline not available: ${baseline.missing}; ${then}.`;
  }
  const { overall, durationMs } = baseline.measurements;
  const link = baseline.origin.runUrl ? ` ${baseline.origin.runUrl}` : '';
  return `Baseline: ${baseline.origin.label}${link}: ${overall.requests} requests over ${Math.round(durationMs / 1000)} s, p95 ${overall.latency.p95} ms`;
}
