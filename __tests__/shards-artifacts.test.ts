/**
 * Shard bundles through the real @actions/artifact client and the artifact stand-in:
 * a leg's upload under the documented name, the merge's listing and download of this
 * run's bundles only, and a service that never answers bounded by the time limit.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { SettingsError } from '../src/config/index.js';
import { publishArtifact } from '../src/integrations/artifact-upload.js';
import { publishShardBundle, shardArtifactName } from '../src/integrations/shard-artifact.js';
import { downloadShardArtifacts } from '../src/sources/shards/download-shard-artifacts.js';
import { startArtifactService, type ArtifactService } from './helpers/artifact-service.js';

let service: ArtifactService | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await service?.close();
  service = undefined;
});

function tempDir(): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), 'loadgate-shard-artifacts-')));
}

function useService(s: ArtifactService): void {
  for (const [name, value] of Object.entries(s.env)) vi.stubEnv(name, value);
}

const FINGERPRINT = 'ab'.repeat(32);

describe('shard bundles as artifacts', () => {
  it('uploads each leg under its name; the merge downloads the shard bundles and nothing else', async () => {
    service = await startArtifactService();
    useService(service);
    const dir = tempDir();
    const texts: string[] = [];
    for (const k of [1, 2]) {
      const legDir = path.join(dir, `leg-${k}`);
      const file = path.join(legDir, 'results.json');
      const text = JSON.stringify({ schemaVersion: 2, shard: { k, n: 2 }, leg: k });
      texts.push(text);
      mkdirSync(legDir, { recursive: true });
      writeFileSync(file, text);
      const record = { fingerprint: FINGERPRINT, plan: {} as never, k, n: 2, runId: '1' };
      const uploaded = await publishShardBundle(file, record);
      expect(uploaded.name).toBe(shardArtifactName(record));
      expect(uploaded.name).toBe(`loadgate-shard-${FINGERPRINT.slice(0, 12)}-${k}-of-2`);
    }
    // A report artifact of the same run is not a shard bundle.
    const other = path.join(dir, 'report.md');
    writeFileSync(other, '# report');
    await publishArtifact({ name: 'loadgate-report', files: [other], rootDir: dir });

    const downloaded = await downloadShardArtifacts(tempDir());
    expect(downloaded.dirs.map((d) => d.name)).toEqual(
      [1, 2].map((k) => `loadgate-shard-${FINGERPRINT.slice(0, 12)}-${k}-of-2`),
    );
    downloaded.dirs.forEach(({ dir: into }, i) => {
      expect(readdirSync(into)).toEqual(['results.json']);
      expect(readFileSync(path.join(into, 'results.json'), 'utf8')).toBe(texts[i]);
    });
  }, 60_000);

  it('a service that never answers is an error naming the merge, within the time limit', async () => {
    service = await startArtifactService('hang');
    useService(service);
    const started = Date.now();
    const error = await downloadShardArtifacts(tempDir(), 1500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).issues[0]!.where).toBe('mode merge');
    expect((error as SettingsError).issues[0]!.message).toContain('not downloaded within 1.5 s');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
