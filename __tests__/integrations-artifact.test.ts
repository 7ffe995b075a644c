import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { decodeFromCompressedBase64 } from 'hdr-histogram-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  artifactName,
  artifactUrl,
  deriveJobKey,
  publishArtifact,
} from '../src/integrations/artifact-upload.js';
import { runIntegration } from '../src/integrations/run-integration.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { writeReportBundle, type HistogramsDocument } from '../src/report/report-bundle.js';
import { buildResultsDocument } from '../src/report/results-document.js';
import { readZip, startArtifactService, type ArtifactService } from './helpers/artifact-service.js';
import { buildReportFixture, FIXTURE_SECRETS } from './helpers/report-fixture.js';
import { refusedUrl } from './helpers/slack-standin.js';

const NAME = 'Artifact upload';

let dir: string;
let service: ArtifactService | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-bundle-'));
  // The client must see only what a test gives it.
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', '');
  vi.stubEnv('ACTIONS_RESULTS_URL', '');
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
  vi.stubEnv('GITHUB_RETENTION_DAYS', '');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await service?.close();
  service = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function useService(s: ArtifactService): ArtifactService {
  service = s;
  for (const [name, value] of Object.entries(s.env)) vi.stubEnv(name, value);
  return s;
}

/** The bundle as the action leaves it: the gate's report.md and results.json, then the rest. */
async function bundle(): Promise<string[]> {
  const ctx = buildReportFixture({ runUrl: 'https://github.com/acme/shop/actions/runs/777' });
  // Written the way the gate writes them.
  writeFileSync(path.join(dir, 'report.md'), renderMarkdownReport(ctx));
  writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(buildResultsDocument(ctx), null, 2)}\n`);
  return writeReportBundle(ctx, dir);
}

describe('writeReportBundle', () => {
  it('writes the four files beside report.md and results.json and lists all six', async () => {
    const files = await bundle();
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'report.md',
      'results.json',
      'report.html',
      'junit.xml',
      'metrics.prom',
      'histograms.json',
    ]);
    for (const file of files) expect(readFileSync(file, 'utf8').length).toBeGreaterThan(10);
  });

  it('lists only its own files when the gate files are absent', async () => {
    const files = await writeReportBundle(buildReportFixture(), path.join(dir, 'nested', 'out'));
    expect(files.map((f) => path.basename(f))).toEqual([
      'report.html',
      'junit.xml',
      'metrics.prom',
      'histograms.json',
    ]);
  });

  it('stores the real HDR histograms, overall and per endpoint', async () => {
    const ctx = buildReportFixture();
    await writeReportBundle(ctx, dir);
    const doc = JSON.parse(readFileSync(path.join(dir, 'histograms.json'), 'utf8')) as HistogramsDocument;
    expect(doc.unit).toBe('microseconds');
    expect(doc.endpoints.map((e) => e.name)).toEqual(['GET /api/products', 'POST /api/cart']);
    const overall = decodeFromCompressedBase64(doc.overall);
    expect(overall.totalCount).toBe(ctx.measurements.overall.requests);
    const perEndpoint = doc.endpoints.map((e) => decodeFromCompressedBase64(e.histogram).totalCount);
    expect(perEndpoint.reduce((a, b) => a + b, 0)).toBe(ctx.measurements.overall.requests);
    expect(overall.getValueAtPercentile(95) / 1000).toBeCloseTo(ctx.measurements.overall.latency.p95, 3);
  });

  it('keeps secret header values out of every file', async () => {
    const files = await bundle();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of FIXTURE_SECRETS) expect(text, path.basename(file)).not.toContain(secret);
    }
  });
});

describe('artifact names', () => {
  it('adds a sanitized job key so matrix legs do not collide', () => {
    expect(artifactName('loadgate-report')).toBe('loadgate-report');
    expect(artifactName('loadgate-report', 'gate (ubuntu-latest, "eu/west" : 2)')).toBe(
      'loadgate-report-gate-(ubuntu-latest,-eu-west-2)',
    );
    expect(artifactName('loadgate-report', 'a\\b*c?d|e<f>g\r\nh')).toBe('loadgate-report-a-b-c-d-e-f-g-h');
    expect(artifactName('', '')).toBe('loadgate-report');
    expect(artifactName('r', 'x'.repeat(500)).length).toBeLessThanOrEqual(200);
  });

  it('derives a job key that differs between matrix legs and stays the same across runs', () => {
    const a = buildReportFixture().settings;
    const key = deriveJobKey('gate', a);
    expect(key).toMatch(/^gate-staging-[0-9a-f]{8}$/);
    expect(deriveJobKey('gate', buildReportFixture().settings)).toBe(key);
    expect(deriveJobKey('gate', { ...a, stages: [{ durationMs: 60_000, target: 50 }] })).not.toBe(key);
    expect(deriveJobKey(undefined, { ...a, environment: undefined })).toMatch(
      /^loadgate-canary\.shop\.example\.com-[0-9a-f]{8}$/,
    );
    expect(artifactName('loadgate-report', key)).toBe(`loadgate-report-${key}`);
  });

  it('builds the artifact link from server, repository and run id', () => {
    expect(artifactUrl(42, { serverUrl: 'https://github.com/', repository: 'acme/shop', runId: '99' })).toBe(
      'https://github.com/acme/shop/actions/runs/99/artifacts/42',
    );
    expect(artifactUrl(42, { repository: 'acme/shop', runId: '99' })).toBeUndefined();
  });
});

describe('publishArtifact against the results-service stand-in', () => {
  it('uploads the bundle through the real client and it arrives intact', async () => {
    const s = useService(await startArtifactService());
    const files = await bundle();
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      30_000,
      () =>
        publishArtifact({
          name: 'loadgate-report',
          jobKey: 'gate (staging, 1)',
          files,
          rootDir: dir,
          retentionDays: 7,
          serverUrl: 'https://github.com',
          repository: 'acme/shop',
          runId: '777',
        }),
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual([]);
    expect(result).toMatchObject({ name: 'loadgate-report-gate-(staging,-1)' });
    expect(result?.url).toBe(`https://github.com/acme/shop/actions/runs/777/artifacts/${result?.id}`);

    expect(s.artifacts).toHaveLength(1);
    const stored = s.artifacts[0]!;
    expect(stored).toMatchObject({
      id: result?.id,
      name: result?.name,
      finalized: true,
      mimeType: 'application/zip',
    });
    expect(stored.expiresAt).toBeDefined();
    const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    expect(stored.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(s.requests.some((r) => r.path.endsWith('/CreateArtifact'))).toBe(true);
    expect(s.requests.some((r) => r.path.endsWith('/FinalizeArtifact'))).toBe(true);

    const zip = readZip(stored.blob!);
    expect([...zip.keys()].sort()).toEqual(
      ['histograms.json', 'junit.xml', 'metrics.prom', 'report.html', 'report.md', 'results.json'].sort(),
    );
    for (const file of files) {
      expect(zip.get(path.basename(file))?.equals(readFileSync(file)), path.basename(file)).toBe(true);
    }
  });

  it('turns a refused connection into one warning', async () => {
    const url = await refusedUrl('/');
    useService(await startArtifactService());
    vi.stubEnv('ACTIONS_RESULTS_URL', url);
    const files = await bundle();
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      10_000,
      () => publishArtifact({ name: 'loadgate-report', files, rootDir: dir }),
      (m) => warnings.push(m),
      { secrets: [process.env.ACTIONS_RUNTIME_TOKEN ?? ''] },
    );
    expect(result).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Artifact upload failed: .*ECONNREFUSED/);
    expect(warnings[0]).not.toContain(service!.env.ACTIONS_RUNTIME_TOKEN);
  });

  it('gives up on a service answering 500 at its time limit, with one warning', async () => {
    const s = useService(await startArtifactService('500'));
    const files = await bundle();
    const warnings: string[] = [];
    const started = Date.now();
    const result = await runIntegration(
      NAME,
      4_000,
      () => publishArtifact({ name: 'loadgate-report', files, rootDir: dir }),
      (m) => warnings.push(m),
    );
    expect(result).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(warnings).toEqual(['Artifact upload failed: no answer within 4000 ms (timed out)']);
    // The client retried the 500 (after 3 s) before the limit.
    expect(s.requests.filter((r) => r.path.endsWith('/CreateArtifact')).length).toBe(2);
  });

  it('gives up on a hanging service at its time limit, with one warning', async () => {
    useService(await startArtifactService('hang'));
    const files = await bundle();
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      1_500,
      () => publishArtifact({ name: 'loadgate-report', files, rootDir: dir }),
      (m) => warnings.push(m),
    );
    expect(result).toBeUndefined();
    expect(warnings).toEqual(['Artifact upload failed: no answer within 1500 ms (timed out)']);
  });

  it('says which variable is missing outside a runner', async () => {
    const files = await bundle();
    const warnings: string[] = [];
    await runIntegration(
      NAME,
      5_000,
      () => publishArtifact({ name: 'r', files, rootDir: dir }),
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual([
      'Artifact upload failed: Unable to get the ACTIONS_RUNTIME_TOKEN env variable',
    ]);
  });
});
