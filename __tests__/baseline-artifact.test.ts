/**
 * The last successful run's report artifact as a baseline, through the real
 * `@actions/github` and `@actions/artifact` clients talking to a local stand-in of the
 * GitHub REST API (runs, artifacts, the download redirect and the blob).
 *
 * @actions/github reads GITHUB_API_URL once, when it is loaded: one stand-in serves the
 * whole file, and each test adds the runs it needs under a workflow of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  chooseReportArtifact,
  findBaselineArtifact,
  workflowFileOf,
  type ArtifactBaselineRequest,
} from '../src/baseline/find-baseline-artifact.js';
import { describeBaseline, loadBaseline } from '../src/baseline/load-baseline.js';
import { artifactName, publishArtifact } from '../src/integrations/artifact-upload.js';
import { buildResultsDocument } from '../src/report/results-document.js';
import { startArtifactService } from './helpers/artifact-service.js';
import { startGitHubApiStandIn, type GitHubApiStandIn } from './helpers/github-api-standin.js';
import { buildReportFixture, fixtureSettings } from './helpers/report-fixture.js';

const REPORT = { baseName: 'loadgate-report', jobKey: 'gate-production-1a2b3c4d' };
const OWN_NAME = artifactName(REPORT.baseName, REPORT.jobKey);

let api: GitHubApiStandIn;
let tempDir: string;
let workflowCount = 0;

beforeAll(async () => {
  api = await startGitHubApiStandIn();
  process.env.GITHUB_API_URL = api.url;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  tempDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-runner-temp-')));
});

afterAll(async () => {
  await api.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

afterEach(() => {
  api.mode = 'ok';
  api.blobMode = 'ok';
  api.requests.length = 0;
  vi.unstubAllEnvs();
});

/** A workflow file name no other test uses. */
const freshWorkflow = (): string => `deploy-${++workflowCount}.yml`;

function resultsJson(): { text: string; measurements: unknown } {
  const doc = buildResultsDocument(buildReportFixture());
  return { text: `${JSON.stringify(doc, null, 2)}\n`, measurements: doc.measurements };
}

function request(workflow: string, extra: Partial<ArtifactBaselineRequest> = {}): ArtifactBaselineRequest {
  return {
    source: { kind: 'artifact', workflow },
    report: REPORT,
    token: api.token,
    repository: `${api.owner}/${api.repo}`,
    runId: '999999',
    defaultBranch: 'main',
    tempDir,
    timeoutMs: 20_000,
    ...extra,
  };
}

describe('findBaselineArtifact', () => {
  it('downloads the report artifact of the last successful run; the measurements arrive intact', async () => {
    const workflow = freshWorkflow();
    const { text, measurements } = resultsJson();
    const hourAgo = new Date(Date.now() - 3_600_000 - 60_000).toISOString();
    api.addRun({
      workflow,
      createdAt: new Date(Date.now() - 86_400_000).toISOString(),
      artifacts: { [OWN_NAME]: { 'results.json': '{}' } },
    });
    const good = api.addRun({
      workflow,
      createdAt: hourAgo,
      artifacts: {
        coverage: { 'lcov.info': 'TN:' },
        [OWN_NAME]: { 'report.md': '# report', 'results.json': text, 'report.html': '<html></html>' },
      },
    });
    // Newer, but failed or on another branch: not the baseline.
    api.addRun({ workflow, conclusion: 'failure', artifacts: { [OWN_NAME]: { 'results.json': text } } });
    api.addRun({ workflow, branch: 'feature/x', artifacts: { [OWN_NAME]: { 'results.json': text } } });

    const baseline = await findBaselineArtifact(request(workflow));

    expect(baseline).toHaveProperty('measurements');
    if (!('measurements' in baseline)) return;
    expect(baseline.measurements).toEqual(measurements);
    expect(baseline.origin).toMatchObject({
      kind: 'artifact',
      runId: good.id,
      runUrl: `https://github.com/acme/shop/actions/runs/${good.id}`,
      createdAt: hourAgo,
    });
    expect(baseline.origin.ageMs).toBeGreaterThanOrEqual(3_660_000);
    expect(baseline.origin.ageMs).toBeLessThan(3_660_000 + 60_000);
    expect(baseline.origin.label).toBe(`run ${good.id} of ${workflow} on main (from ${hourAgo}, 1 h old)`);

    const runsCall = api.requests.find((r) => r.path.endsWith(`/workflows/${workflow}/runs`));
    expect(new URLSearchParams(runsCall?.query).get('branch')).toBe('main');
    expect(new URLSearchParams(runsCall?.query).get('status')).toBe('success');
    expect(api.requests.some((r) => r.path === `/repos/acme/shop/actions/runs/${good.id}/artifacts`)).toBe(
      true,
    );
    // The signed blob URL is fetched without the token, as from blob storage.
    const blob = api.requests.find((r) => r.path.startsWith('/blobs/'));
    expect(blob).toMatchObject({ method: 'GET', authorized: false });
    // The unzipped artifact is gone afterwards.
    expect(fs.readdirSync(tempDir).filter((f) => f.startsWith('loadgate-baseline-'))).toEqual([]);
  });

  it('downloads an artifact that the real upload client made (report bundle round trip)', async () => {
    const service = await startArtifactService();
    const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-bundle-'));
    try {
      for (const [name, value] of Object.entries(service.env)) vi.stubEnv(name, value);
      const { text, measurements } = resultsJson();
      fs.mkdirSync(path.join(bundleDir, 'nested'));
      fs.writeFileSync(path.join(bundleDir, 'results.json'), text);
      fs.writeFileSync(path.join(bundleDir, 'nested', 'report.md'), '# report\n');
      await publishArtifact({
        name: REPORT.baseName,
        jobKey: REPORT.jobKey,
        files: [path.join(bundleDir, 'results.json'), path.join(bundleDir, 'nested', 'report.md')],
        rootDir: bundleDir,
      });
      const uploaded = service.artifacts[0]!;
      expect(uploaded.name).toBe(OWN_NAME);
      const workflow = freshWorkflow();
      api.addRun({ workflow, artifacts: { [uploaded.name]: uploaded.blob! } });

      const baseline = await findBaselineArtifact(request(workflow));
      expect(baseline).toMatchObject({ measurements });
    } finally {
      await service.close();
      fs.rmSync(bundleDir, { recursive: true, force: true });
    }
  });

  it('says there is no earlier successful run, never counting this run', async () => {
    const workflow = freshWorkflow();
    const { text } = resultsJson();
    const current = api.addRun({ workflow, artifacts: { [OWN_NAME]: { 'results.json': text } } });
    api.addRun({ workflow, conclusion: 'failure' });
    const baseline = await findBaselineArtifact(request(workflow, { runId: String(current.id) }));
    expect(baseline).toEqual({
      origin: { kind: 'artifact', label: `the last successful run of ${workflow} on the default branch` },
      missing: `no earlier successful run of ${workflow} on main`,
    });
  });

  it('says which artifacts the run has when the report artifact is not among them', async () => {
    const workflow = freshWorkflow();
    const run = api.addRun({
      workflow,
      artifacts: { coverage: { 'lcov.info': 'TN:' }, 'build-output': { a: 'b' } },
    });
    const baseline = await findBaselineArtifact(request(workflow));
    expect(baseline).toMatchObject({
      origin: { kind: 'artifact', runId: run.id },
      missing: expect.stringMatching(
        new RegExp(
          `^run ${run.id} of ${workflow} on main \\(from .+\\): no report artifact named loadgate-report…; it has build-output, coverage$`,
        ),
      ),
    });
    const bare = freshWorkflow();
    api.addRun({ workflow: bare });
    expect(await findBaselineArtifact(request(bare))).toMatchObject({
      missing: expect.stringMatching(/it has none \(expired, or not uploaded\)$/),
    });
  });

  it('turns an artifact without a usable results.json into a reason', async () => {
    const workflow = freshWorkflow();
    api.addRun({ workflow, artifacts: { [OWN_NAME]: { 'report.md': '# only the report' } } });
    expect(await findBaselineArtifact(request(workflow))).toMatchObject({
      missing: expect.stringMatching(new RegExp(`: artifact ${OWN_NAME} has no results\\.json$`)),
    });
    const truncated = freshWorkflow();
    const { text } = resultsJson();
    api.addRun({ workflow: truncated, artifacts: { [OWN_NAME]: { 'results.json': text.slice(0, 200) } } });
    expect(await findBaselineArtifact(request(truncated))).toMatchObject({
      missing: expect.stringMatching(new RegExp(`the results\\.json of artifact ${OWN_NAME} is not JSON`)),
    });
  });

  it('turns a stand-in answering 500 into one reason, quickly, without the token', async () => {
    const workflow = freshWorkflow();
    api.addRun({ workflow, artifacts: { [OWN_NAME]: { 'results.json': resultsJson().text } } });
    api.mode = '500';
    const started = Date.now();
    const baseline = await findBaselineArtifact(request(workflow));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(baseline).toMatchObject({
      missing: expect.stringMatching(
        new RegExp(
          `^the GitHub API failed \\(/repos/acme/shop/actions/workflows/${workflow.replace('.', '\\.')}/runs\\): Server Error`,
        ),
      ),
    });
    expect(JSON.stringify(baseline)).not.toContain(api.token);
  });

  it('gives up after its time limit when the API never answers', async () => {
    const workflow = freshWorkflow();
    api.mode = 'hang';
    const started = Date.now();
    const baseline = await findBaselineArtifact(request(workflow, { timeoutMs: 1_500 }));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1_400);
    expect(took).toBeLessThan(8_000);
    expect(baseline).toMatchObject({ missing: 'no answer from the GitHub API within 2 s' });
  });

  it('needs a token and a repository', async () => {
    expect(await findBaselineArtifact(request('x.yml', { token: '' }))).toMatchObject({
      missing: 'no token: baseline-artifact needs github-token (with the actions: read permission)',
    });
    const { repository: _omit, ...withoutRepository } = request('x.yml');
    expect(await findBaselineArtifact(withoutRepository)).toMatchObject({
      missing: 'the repository is unknown (GITHUB_REPOSITORY is not set)',
    });
    expect(api.requests).toEqual([]);
  });

  it('finds this workflow from GITHUB_WORKFLOW_REF and the default branch from the API', async () => {
    const workflow = freshWorkflow();
    api.defaultBranch = 'trunk';
    try {
      const run = api.addRun({ workflow, artifacts: { [OWN_NAME]: { 'results.json': resultsJson().text } } });
      const { defaultBranch: _omit, ...withoutBranch } = request(workflow, {
        source: { kind: 'artifact' },
        workflowRef: `acme/shop/.github/workflows/${workflow}@refs/heads/trunk`,
      });
      const baseline = await findBaselineArtifact(withoutBranch);
      expect(baseline.origin).toMatchObject({
        runId: run.id,
        label: expect.stringContaining(`of ${workflow} on trunk`),
      });
      expect(api.requests.some((r) => r.path === '/repos/acme/shop')).toBe(true);
    } finally {
      api.defaultBranch = 'main';
    }
  });

  it('is loaded for the settings by loadBaseline, from the runner’s environment', async () => {
    const workflow = freshWorkflow();
    const settings = fixtureSettings({
      baseline: { source: { kind: 'artifact', workflow, branch: 'main' }, missing: 'pass', confidence: 0.95 },
    });
    settings.publish = { ...settings.publish, githubToken: api.token };
    const jobKey = (await import('../src/integrations/artifact-upload.js')).deriveJobKey('gate', settings);
    const { measurements, text } = resultsJson();
    api.addRun({
      workflow,
      artifacts: { [artifactName(settings.publish.artifactName, jobKey)]: { 'results.json': text } },
    });
    const env = {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '1',
      GITHUB_JOB: 'gate',
      RUNNER_TEMP: tempDir,
    };
    const baseline = await loadBaseline(settings, { env });
    expect(baseline).toMatchObject({ measurements });
    expect(describeBaseline(baseline!, 'pass')).toMatch(
      new RegExp(
        `^Baseline: run \\d+ of ${workflow} on main \\(from .+\\) https://github\\.com/acme/shop/actions/runs/\\d+: \\d+ requests over \\d+ s, p95 [\\d.]+ ms$`,
      ),
    );

    const gone = await loadBaseline(
      { ...settings, publish: { ...settings.publish, githubToken: undefined } },
      { env },
    );
    expect(describeBaseline(gone!, 'pass')).toBe(
      'Baseline not available: no token: baseline-artifact needs github-token (with the actions: read permission); the relative thresholds pass without it (baseline-missing: pass).',
    );
  });
});

describe('chooseReportArtifact', () => {
  const list = (...names: string[]) => names.map((name, i) => ({ id: i + 1, name }));

  it('takes the named artifact, else this job’s, else this job’s under other thresholds, else the only report', () => {
    expect(chooseReportArtifact(list('a', 'b'), 'b', REPORT)).toEqual({ artifact: { id: 2, name: 'b' } });
    expect(chooseReportArtifact(list('a'), 'b', REPORT)).toEqual({
      problem: 'no artifact named b; it has a',
    });
    expect(
      chooseReportArtifact(list('loadgate-report-gate-production-99999999', OWN_NAME), undefined, REPORT),
    ).toEqual({
      artifact: { id: 2, name: OWN_NAME },
    });
    expect(
      chooseReportArtifact(
        list('loadgate-report-gate-production-99999999', 'loadgate-report-other-x-1'),
        undefined,
        REPORT,
      ),
    ).toEqual({
      artifact: { id: 1, name: 'loadgate-report-gate-production-99999999' },
    });
    expect(
      chooseReportArtifact(
        list('coverage', 'loadgate-report-deploy-prod.example.com-0f0f0f0f'),
        undefined,
        REPORT,
      ),
    ).toEqual({
      artifact: { id: 2, name: 'loadgate-report-deploy-prod.example.com-0f0f0f0f' },
    });
  });

  it('does not guess between several report artifacts', () => {
    const chosen = chooseReportArtifact(
      list('loadgate-report-a-1', 'loadgate-report-b-2'),
      undefined,
      REPORT,
    );
    expect(chosen).toEqual({
      problem:
        'several report artifacts (loadgate-report-a-1, loadgate-report-b-2); set baseline-artifact-name to the one to compare with',
    });
  });

  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileOf('acme/shop/.github/workflows/deploy.yml@refs/heads/main')).toBe('deploy.yml');
    expect(workflowFileOf('acme/shop/.github/workflows/ci.yaml@refs/pull/3/merge')).toBe('ci.yaml');
    expect(workflowFileOf(undefined)).toBeUndefined();
  });
});
