import { afterEach, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import {
  buildCheckRun,
  CHECK_CONCLUSIONS,
  CHECK_RUN_LIMITS,
  checkRunName,
  checkRunTitle,
  fitCheckRunSummary,
  sloAnnotations,
  type CheckRunContent,
} from '../src/integrations/check-run-content.js';
import { annotationBatches, publishCheckRun, type CheckRunOptions } from '../src/integrations/check-run.js';
import { runIntegration } from '../src/integrations/run-integration.js';
import { formatMs } from '../src/report/format.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import type { ReportContext } from '../src/report/report-context.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import type { ThresholdResult } from '../src/slo/types.js';
import { startGitHubApiStandIn, type GitHubApiStandIn } from './helpers/github-api-standin.js';
import { buildReportFixture, FIXTURE_SECRETS, hostileResult } from './helpers/report-fixture.js';

const CONFIG = '.github/loadgate.yml';
const SHA = 'c0ffee'.padEnd(40, '0');

let api: GitHubApiStandIn | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** The fixture's measurements judged against thresholds read from a real config file (or inputs). */
function judged(inputs: Partial<RawInputs>, config?: string): ReportContext {
  const fixture = buildReportFixture();
  const settings = resolveSettings(
    rawInputs({ 'target-url': 'https://canary.shop.example.com', ...inputs }),
    { workspace: '/ws', readFile: (file) => (file === `/ws/${CONFIG}` ? config : undefined) },
  );
  const evaluation = evaluateThresholds(settings.thresholds, fixture.measurements);
  return {
    ...fixture,
    settings,
    evaluation,
    rollback: evaluation.verdict === 'fail' && settings.autoRollback,
  };
}

/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

// Against the fixture (p95 around 100 ms, p99 below 10 s, under 5 % errors): one fails, one is marginal, one holds.
const YAML = [
  'duration: 30s',
  'thresholds:',
  "  - 'http_req_failed: rate<0.5'",
  'environments:',
  '  staging:',
  '    thresholds:',
  "      - 'http_req_failed: rate<0.5'",
  "      - 'http_req_duration: p(95)<1'",
  "      - 'http_req_duration: p(99)<2 marginal 10000'",
  '',
].join('\n');

function content(ctx: ReportContext, job = 'gate'): CheckRunContent {
  return buildCheckRun(ctx, renderMarkdownReport(ctx), {
    job,
    detailsUrl: 'https://github.com/acme/shop/actions/runs/9',
  });
}

describe('check run content', () => {
  it('maps each verdict to a conclusion', () => {
    expect(CHECK_CONCLUSIONS).toEqual({
      pass: 'success',
      marginal: 'neutral',
      fail: 'failure',
      inconclusive: 'action_required',
      error: 'failure',
    });
    expect(content(buildReportFixture({ verdict: 'pass' })).conclusion).toBe('success');
    expect(content(buildReportFixture({ verdict: 'marginal' })).conclusion).toBe('neutral');
    expect(content(buildReportFixture({ verdict: 'fail' })).conclusion).toBe('failure');
  });

  it('is named after the job and the environment, never the bare job key of the job’s own check', () => {
    expect(checkRunName('gate', { targetUrl: 'https://canary.example.com', environment: 'staging' })).toBe(
      'loadgate: gate (staging)',
    );
    expect(checkRunName(undefined, { targetUrl: 'http://127.0.0.1:8080/x' })).toBe(
      'loadgate: gate (127.0.0.1:8080)',
    );
  });

  it('titles a failure with the figure that breached, the limit and the rollback signal', () => {
    const ctx = judged({ environment: 'staging' }, YAML);
    expect(ctx.evaluation.verdict).toBe('fail');
    const p95 = ctx.measurements.overall.latency.p95;
    expect(checkRunTitle(ctx)).toBe(`FAIL · p95 ${formatMs(p95)} > ${formatMs(1)} · rollback signalled`);
    const noRollback = { ...ctx, rollback: false };
    expect(checkRunTitle(noRollback)).toBe(`FAIL · p95 ${formatMs(p95)} > ${formatMs(1)}`);
  });

  it('titles the other verdicts', () => {
    expect(checkRunTitle(buildReportFixture({ verdict: 'pass' }))).toBe('PASS · all 5 SLOs met');
    const marginal = buildReportFixture({ verdict: 'marginal' });
    const p99 = marginal.measurements.overall.latency.p99;
    expect(checkRunTitle(marginal)).toBe(`MARGINAL · p99 ${formatMs(p99)} > ${formatMs(300)} (marginal)`);
    const inconclusive = buildReportFixture({ verdict: 'pass' });
    inconclusive.evaluation = { ...inconclusive.evaluation, verdict: 'inconclusive' };
    expect(checkRunTitle(inconclusive)).toBe('INCONCLUSIVE · the load generator was the bottleneck');
  });

  it('keeps a title with a long endpoint name on one short line', () => {
    const long = hostileResult();
    long.threshold = { ...long.threshold, tags: { endpoint: `GET /${'x'.repeat(500)}` } };
    const ctx = buildReportFixture({ verdict: 'pass' });
    ctx.evaluation = { verdict: 'fail', results: [long], reasons: [] };
    const title = checkRunTitle(ctx);
    expect(title.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.title);
    expect(title.startsWith('FAIL · p90 of GET /xxx')).toBe(true);
  });

  it('points failed and marginal SLOs at the config-file line that set them', () => {
    const ctx = judged({ environment: 'staging' }, YAML);
    const annotations = sloAnnotations(ctx.evaluation.results);
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      [CONFIG, lineOf(YAML, 'p(95)<1'), 'failure'],
      [CONFIG, lineOf(YAML, 'p(99)<2'), 'warning'],
    ]);
    const [failed] = annotations;
    expect(failed).toMatchObject({
      end_line: failed!.start_line,
      start_column: 9,
      end_column: 9,
      title: `SLO failed: p95 ${formatMs(ctx.measurements.overall.latency.p95)} > ${formatMs(1)}`,
    });
    expect(failed!.message).toBe(
      `http_req_duration: p(95)<1\nmeasured ${formatMs(ctx.measurements.overall.latency.p95)}, limit < ${formatMs(1)}`,
    );
  });

  it('has no line to point at for SLOs given as inputs or in a file outside the repository', () => {
    const fromInputs = judged({ thresholds: 'http_req_duration: p(95)<1' });
    expect(fromInputs.evaluation.verdict).toBe('fail');
    expect(sloAnnotations(fromInputs.evaluation.results)).toEqual([]);
    const outside: ThresholdResult = {
      ...hostileResult(),
      threshold: { ...hostileResult().threshold, origin: '/etc/loadgate.yml:3:5 (thresholds[0])' },
    };
    expect(sloAnnotations([outside])).toEqual([]);
  });

  it('summarises with the top of the report, cut at a line break to the API limit', () => {
    const ctx = buildReportFixture();
    const markdown = renderMarkdownReport(ctx);
    expect(content(ctx).summary).toBe(markdown);
    const huge = `${markdown}\n${'| row | cell |\n'.repeat(10_000)}`;
    const cut = fitCheckRunSummary(huge);
    expect(huge.length).toBeGreaterThan(CHECK_RUN_LIMITS.summary);
    expect(cut.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.summary);
    expect(cut.startsWith(markdown)).toBe(true);
    expect(cut).toMatch(
      /\| row \| cell \|\n\n> ✂️ The report was cut to fit the check's 65,535-character limit/,
    );
    for (const secret of FIXTURE_SECRETS) expect(cut).not.toContain(secret);
  });

  it('sends annotations in batches of at most 50', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...sloAnnotations([failedAt(i + 1)])[0]! }));
    expect(annotationBatches(many).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(annotationBatches([])).toEqual([]);
  });
});

function failedAt(line: number): ThresholdResult {
  return {
    threshold: {
      ...hostileResult().threshold,
      source: `http_req_duration{endpoint:GET /item/${line}}: p(95)<1`,
      origin: `${CONFIG}:${line}:5 (thresholds[${line - 1}])`,
    },
    actual: 12,
    status: 'fail',
  };
}

function options(
  standIn: GitHubApiStandIn,
  body: CheckRunContent,
  extra: Partial<CheckRunOptions> = {},
): CheckRunOptions {
  return {
    token: standIn.token,
    repository: `${standIn.owner}/${standIn.repo}`,
    headSha: SHA,
    content: body,
    apiUrl: standIn.url,
    ...extra,
  };
}

describe('publishCheckRun against the GitHub API stand-in', () => {
  it('creates a completed check run with the conclusion, title, summary and annotations', async () => {
    api = await startGitHubApiStandIn();
    const ctx = judged({ environment: 'staging' }, YAML);
    const body = content(ctx);
    const result = await publishCheckRun(
      options(api, body, { startedAt: ctx.measurements.startedAt, completedAt: ctx.measurements.finishedAt }),
    );
    expect(result).toMatchObject({ action: 'created', annotations: 2 });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/acme/shop/commits/${SHA}/check-runs`,
      'POST /repos/acme/shop/check-runs',
    ]);
    expect(new URLSearchParams(api.requests[0]!.query).get('check_name')).toBe('loadgate: gate (staging)');
    const [run] = api.checkRuns;
    expect(run).toMatchObject({
      id: result.id,
      name: 'loadgate: gate (staging)',
      headSha: SHA,
      status: 'completed',
      conclusion: 'failure',
      title: checkRunTitle(ctx),
      summary: renderMarkdownReport(ctx),
      detailsUrl: 'https://github.com/acme/shop/actions/runs/9',
      startedAt: ctx.measurements.startedAt,
      completedAt: ctx.measurements.finishedAt,
    });
    expect(run!.annotations.map((a) => a.start_line)).toEqual([
      lineOf(YAML, 'p(95)<1'),
      lineOf(YAML, 'p(99)<2'),
    ]);
  });

  it('updates the check run in place on a re-run of the same commit', async () => {
    api = await startGitHubApiStandIn();
    const first = await publishCheckRun(options(api, content(buildReportFixture({ verdict: 'pass' }))));
    const rerun = judged({ environment: 'staging' }, YAML);
    const second = await publishCheckRun(options(api, content(rerun)));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure', title: checkRunTitle(rerun), writes: 2 });
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });

  it('supersedes a predecessor that carries annotations, which an update cannot remove', async () => {
    api = await startGitHubApiStandIn();
    const failing = await publishCheckRun(options(api, content(judged({ environment: 'staging' }, YAML))));
    const fixed = await publishCheckRun(options(api, content(buildReportFixture({ verdict: 'pass' }))));
    expect(fixed.action).toBe('created');
    expect(fixed.id).toBeGreaterThan(failing.id);
    // The newest of that name is the one the checks list shows.
    const latest = await fetch(
      `${api.url}/repos/acme/shop/commits/${SHA}/check-runs?check_name=${encodeURIComponent('loadgate: gate (staging)')}`,
      { headers: { authorization: `token ${api.token}` } },
    ).then(
      (r) =>
        r.json() as Promise<{
          check_runs: Array<{ id: number; conclusion: string; output: { annotations_count: number } }>;
        }>,
    );
    expect(latest.check_runs).toEqual([
      expect.objectContaining({
        id: fixed.id,
        conclusion: 'success',
        output: expect.objectContaining({ annotations_count: 0 }),
      }),
    ]);
  });

  it('keeps one check run per job and environment', async () => {
    api = await startGitHubApiStandIn();
    for (const job of ['gate', 'smoke', 'gate'])
      await publishCheckRun(options(api, content(buildReportFixture({ verdict: 'pass' }), job)));
    expect(api.checkRuns.map((r) => r.name)).toEqual([
      'loadgate: gate (staging)',
      'loadgate: smoke (staging)',
    ]);
  });

  it('sends more than 50 annotations in batches the API accepts, all on the one check run', async () => {
    api = await startGitHubApiStandIn();
    const ctx = buildReportFixture();
    ctx.evaluation = {
      verdict: 'fail',
      results: Array.from({ length: 120 }, (_, i) => failedAt(i + 1)),
      reasons: [],
    };
    const body = content(ctx);
    const huge = { ...body, summary: fitCheckRunSummary(`${body.summary}\n${'x'.repeat(100_000)}`) };
    const result = await publishCheckRun(options(api, huge));
    expect(result).toMatchObject({ action: 'created', annotations: 120 });
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'PATCH', 'PATCH']);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]!.annotations.map((a) => a.start_line)).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    expect(api.checkRuns[0]!.summary.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.summary);
  });

  it('refuses, as GitHub does, a payload over the limits (the stand-in is not lenient)', async () => {
    api = await startGitHubApiStandIn();
    const body = content(buildReportFixture());
    const tooLong = { ...body, summary: 'x'.repeat(CHECK_RUN_LIMITS.summary + 1) };
    await expect(publishCheckRun(options(api, tooLong))).rejects.toMatchObject({ status: 422 });
    expect(api.checkRuns).toEqual([]);
  });

  it('turns a missing checks: write permission into one warning without the token', async () => {
    api = await startGitHubApiStandIn({ checksMode: '403' });
    const warnings: string[] = [];
    const result = await runIntegration(
      'Check run',
      10_000,
      (signal) => publishCheckRun(options(api!, content(buildReportFixture()), { signal })),
      (m) => warnings.push(m),
      { secrets: [api.token] },
    );
    expect(result).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Check run failed: Resource not accessible by integration.*\(the token needs the checks: write permission\)$/,
    );
    expect(warnings[0]).not.toContain(api.token);
    expect(api.checkRuns).toEqual([]);
  });

  it('gives up on a hanging API at the time limit', async () => {
    api = await startGitHubApiStandIn({ mode: 'hang' });
    const warnings: string[] = [];
    const started = Date.now();
    await runIntegration(
      'Check run',
      1_000,
      (signal) => publishCheckRun(options(api!, content(buildReportFixture()), { signal })),
      (m) => warnings.push(m),
    );
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(warnings).toEqual(['Check run failed: no answer within 1000 ms (timed out)']);
  });

  it('refuses a head that is not a commit SHA before calling the API', async () => {
    api = await startGitHubApiStandIn();
    await expect(
      publishCheckRun(options(api, content(buildReportFixture()), { headSha: 'main' })),
    ).rejects.toThrow('the commit is not a SHA: main');
    expect(api.requests).toEqual([]);
  });
});
