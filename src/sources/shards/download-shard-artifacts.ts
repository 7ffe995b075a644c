/**
 * The shard bundles of this workflow run, from the artifact service: every artifact
 * named like a shard bundle (integrations/shard-artifact.ts) listed and downloaded with
 * @actions/artifact (the run's own artifacts: the runtime token the runner gives the
 * step, no GitHub token needed), each into a directory of its own.
 *
 * A listing or a download that fails is an issue naming the artifact: the merge cannot
 * judge without every leg, so it is `error`, never a pass on what arrived.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

import { SettingsError } from '../../config/settings-error.js';
import { MAX_SHARDS } from '../../config/shard-settings.js';
import { isShardArtifactName } from '../../integrations/shard-artifact.js';
import { describeError } from '../../integrations/run-integration.js';

/** Bundles of more than two sharded gates at their largest is a wrong workflow. */
const MAX_ARTIFACTS = 2 * MAX_SHARDS;

export interface DownloadedShards {
  /** The directory all were downloaded under (removed by the caller). */
  root: string;
  /** The directory each artifact was unzipped into, named after it. */
  dirs: { name: string; dir: string }[];
}

/** The client retries a 5xx five times, up to 25 s apart, and cannot be cancelled: this bounds the whole download. */
export const SHARD_DOWNLOAD_TIMEOUT_MS = 300_000;

/** Every shard bundle of this run, downloaded under `tempDir`; a SettingsError when that fails or takes too long. */
export async function downloadShardArtifacts(
  tempDir: string,
  timeoutMs = SHARD_DOWNLOAD_TIMEOUT_MS,
): Promise<DownloadedShards> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new SettingsError([
            {
              where: 'mode merge',
              message: `the shard bundles were not downloaded within ${timeoutMs / 1000} s; expected the artifact service to answer`,
            },
          ]),
        ),
      timeoutMs,
    );
    timer.unref();
  });
  try {
    return await Promise.race([download(tempDir), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function download(tempDir: string): Promise<DownloadedShards> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  let artifacts: { id: number; name: string }[];
  try {
    ({ artifacts } = await client.listArtifacts({ latest: true }));
  } catch (error) {
    throw new SettingsError([
      {
        where: 'mode merge',
        message: `the artifacts of this workflow run could not be listed (${describeError(error)}); expected the merge to run in a GitHub Actions job of the same workflow run as the legs`,
      },
    ]);
  }
  const shards = artifacts.filter((a) => isShardArtifactName(a.name)).slice(0, MAX_ARTIFACTS);
  const root = await mkdtemp(path.join(tempDir, 'loadgate-shards-'));
  const dirs: DownloadedShards['dirs'] = [];
  for (const artifact of shards.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, artifact.name);
    await mkdir(dir, { recursive: true });
    try {
      await client.downloadArtifact(artifact.id, { path: dir });
    } catch (error) {
      throw new SettingsError([
        {
          where: artifact.name,
          message: `the shard bundle could not be downloaded (${describeError(error)})`,
        },
      ]);
    }
    dirs.push({ name: artifact.name, dir });
  }
  return { root, dirs };
}
