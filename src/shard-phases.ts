/**
 * The action's two sharded phases, beside main.ts's: a matrix leg publishes only its
 * shard bundle and fails its step only on its own abortOnFail stop; a merge job reads
 * every leg's bundle from this workflow run's artifacts before the verdict.
 */
import os from 'node:os';
import { rm } from 'node:fs/promises';

import * as core from '@actions/core';

import type { Settings } from './config/settings.js';
import type { GateOutcome } from './gate.js';
import { describeError, runIntegration } from './integrations/run-integration.js';
import { publishShardBundle, shardArtifactName } from './integrations/shard-artifact.js';
import type { MeasuredRun } from './sources/measured-run.js';
import { readMeasurementSource } from './sources/read-measurement-source.js';
import { downloadShardArtifacts } from './sources/shards/download-shard-artifacts.js';

/** The artifact client retries a 5xx five times from 3 s and cannot be cancelled. */
const BUNDLE_UPLOAD_TIMEOUT_MS = 120_000;

/** mode merge: the legs' bundles of this run, checked and merged (a SettingsError names what is missing). */
export async function mergePhase(settings: Settings): Promise<MeasuredRun> {
  core.startGroup('Merge: the shard bundles of this workflow run');
  const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
  let downloaded: Awaited<ReturnType<typeof downloadShardArtifacts>> | undefined;
  try {
    downloaded = await downloadShardArtifacts(tempDir);
    core.info(
      `Downloaded ${downloaded.dirs.length} shard bundle(s): ${downloaded.dirs.map((d) => d.name).join(', ') || 'none'}`,
    );
    const runId = process.env.GITHUB_RUN_ID;
    const measured = await readMeasurementSource(
      downloaded.dirs.map(({ name, dir }) => ({ path: dir, label: name })),
      settings,
      {
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        strict: false,
        ...(runId ? { runId } : {}),
      },
    );
    for (const note of measured.notes) core.info(note);
    return measured;
  } finally {
    if (downloaded) await rm(downloaded.root, { recursive: true, force: true });
    core.endGroup();
  }
}

/** A leg: its bundle as the artifact the merge job finds; nothing else is published. */
export async function publishLeg(outcome: GateOutcome): Promise<{ name?: string; id?: number }> {
  const record = outcome.shard!;
  core.startGroup('Publish: the shard bundle');
  try {
    core.info(`Results: ${outcome.resultsPath}`);
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      core.warning(
        'Shard bundle not uploaded: the artifact service is only reachable from a GitHub Actions job.',
      );
      return {};
    }
    const uploaded = await runIntegration(
      'Shard bundle upload',
      BUNDLE_UPLOAD_TIMEOUT_MS,
      () => publishShardBundle(outcome.resultsPath, record, outcome.settings.publish.artifactRetentionDays),
      core.warning,
    );
    if (uploaded) core.info(`Shard bundle ${uploaded.name} uploaded (id ${uploaded.id}).`);
    return uploaded ? { name: uploaded.name, id: uploaded.id } : {};
  } catch (error) {
    core.warning(`Shard bundle not uploaded (${shardArtifactName(record)}): ${describeError(error)}`);
    return {};
  } finally {
    core.endGroup();
  }
}

/** A leg decides nothing: its step fails only when its own abortOnFail threshold stopped it. */
export function concludeLeg(outcome: GateOutcome): void {
  const { k, n } = outcome.shard!;
  const { overall, abortedBy } = outcome.measurements;
  if (abortedBy) {
    core.setFailed(
      `Shard ${k}/${n} stopped by abortOnFail at ${Math.round(abortedBy.atMs / 100) / 10} s: ${abortedBy.threshold} breached. Its bundle still goes to the merge job, which fails the gate.`,
    );
    return;
  }
  core.notice(
    `Shard ${k}/${n}: ${overall.requests} requests sent; the verdict comes from the merge job (mode: merge).`,
  );
}
