import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterEach, describe, expect, it } from 'vitest';

import {
  buildPrComment,
  fitPrComment,
  PR_COMMENT_LIMIT,
  prCommentMarker,
  publishPrComment,
  type PrCommentOptions,
} from '../src/integrations/pr-comment.js';
import { runIntegration } from '../src/integrations/run-integration.js';
import type { ThresholdResult } from '../src/slo/types.js';
import { startGitHubApiStandIn, type GitHubApiStandIn } from './helpers/github-api-standin.js';
import { buildReportFixture, FIXTURE_SECRETS, hostileResult } from './helpers/report-fixture.js';
import { refusedUrl } from './helpers/slack-standin.js';

const NAME = 'PR comment';
const ARTIFACT_URL = 'https://github.com/acme/shop/actions/runs/777/artifacts/1001';
const PR = 42;
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const execFileAsync = promisify(execFile);

let api: GitHubApiStandIn | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

function options(
  standIn: GitHubApiStandIn,
  body: string,
  marker: string,
  extra: Partial<PrCommentOptions> = {},
): PrCommentOptions {
  return {
    token: standIn.token,
    repository: `${standIn.owner}/${standIn.repo}`,
    eventName: 'pull_request',
    pullRequestNumber: PR,
    body,
    marker,
    apiUrl: standIn.url,
    ...extra,
  };
}

describe('buildPrComment', () => {
  const marker = prCommentMarker('gate (staging)');

  it('starts with the marker and shows the verdict, the SLO table and the artifact link', () => {
    const body = buildPrComment(
      buildReportFixture({ runUrl: 'https://github.com/acme/shop/actions/runs/777' }),
      {
        marker,
        artifactUrl: ARTIFACT_URL,
      },
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- loadgate:gate (staging) -->');
    expect(lines[1]).toBe('### ❌ loadgate: FAIL for https://canary.shop.example.com (staging)');
    expect(body).toContain('**3 of 5 SLOs met, 1 marginal, 1 failed.** **Rollback signalled.**');
    expect(body).toContain('| Status | Threshold | Actual | Limit | Note |');
    expect(body).toMatch(/\| ✅ pass \| `http_req_duration: p\(95\)<250` \| \d+ ms \| &lt; 250 ms \| {2}\|/);
    expect(body).toMatch(/\| ❌ fail \| `error_rate: 1%` \| \d\.\d\d % \| &lt; 1 % \| {2}\|/);
    expect(body).toContain('⚠️ marginal');
    expect(body).toContain(
      `📦 [Full report (HTML, JUnit, metrics)](${ARTIFACT_URL}) · [Workflow run](https://github.com/acme/shop/actions/runs/777)`,
    );
    for (const secret of FIXTURE_SECRETS) expect(body).not.toContain(secret);
  });

  it('keeps table cells intact whatever the threshold text holds', () => {
    const weird: ThresholdResult = {
      ...hostileResult(),
      threshold: { ...hostileResult().threshold, source: 'a | b `tick` c' },
      note: 'x | y *z* <img>',
    };
    const body = buildPrComment(buildReportFixture({ extraResults: [weird, hostileResult()] }), { marker });
    const row = body.split('\n').find((l) => l.includes('tick'))!;
    expect(row).toContain('``a \\| b `tick` c``');
    expect(row).toContain('x \\| y \\*z\\* &lt;img&gt;');
    // Five cells: six unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(body).toContain('slow &amp; &lt;b&gt;bold&lt;/b&gt;<br>second line');
    // Only inside code spans, where GitHub shows it as text.
    expect(body.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
  });

  it('makes the job key safe inside an HTML comment', () => {
    expect(prCommentMarker('a --> <b>')).toBe('<!-- loadgate:a -_ _b_ -->');
    expect(prCommentMarker('')).toBe('<!-- loadgate:default -->');
  });

  it(`cuts a huge comment to ${PR_COMMENT_LIMIT} characters with a note, keeping the marker`, () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      ...hostileResult(),
      threshold: {
        ...hostileResult().threshold,
        source: `http_req_duration{endpoint:GET /item/${i}}: p(95)<100`,
      },
      note: 'n'.repeat(40),
    }));
    const body = buildPrComment(buildReportFixture({ extraResults: many }), {
      marker,
      artifactUrl: ARTIFACT_URL,
    });
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(
      /This comment was cut to fit GitHub's 65,536-character limit; the whole report is in the artifact\.\n$/,
    );
    // Cut at a line break: the last table row before the note is whole.
    const beforeNote = body.slice(0, body.indexOf('\n\n> ✂️')).split('\n').pop()!;
    expect(beforeNote.endsWith('|')).toBe(true);
  });

  it('never splits a surrogate pair when cutting', () => {
    const text = `${'x'.repeat(50)}\n${'😀'.repeat(100)}`;
    const cut = fitPrComment(text, 150);
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('publishPrComment against the GitHub API stand-in', () => {
  it('creates one sticky comment, then updates it instead of adding another', async () => {
    api = await startGitHubApiStandIn();
    // 150 earlier comments: the sticky one ends up on the second page of 100.
    for (let i = 0; i < 150; i++)
      api.seed(PR, `comment ${i} mentioning <!-- loadgate:other -->`.replace('other', `other${i}`));
    const marker = prCommentMarker('gate (staging)');
    const warnings: string[] = [];
    const first = buildPrComment(buildReportFixture(), { marker, artifactUrl: ARTIFACT_URL });
    const created = await runIntegration(
      NAME,
      10_000,
      (signal) => publishPrComment(options(api!, first, marker, { signal })),
      (m) => warnings.push(m),
    );
    expect(created).toMatchObject({ action: 'created' });
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(2); // both pages searched

    const second = buildPrComment(buildReportFixture({ verdict: 'pass' }), {
      marker,
      artifactUrl: ARTIFACT_URL,
    });
    const updated = await runIntegration(
      NAME,
      10_000,
      (signal) => publishPrComment(options(api!, second, marker, { signal })),
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual([]);
    expect(updated).toMatchObject({ action: 'updated', id: created && 'id' in created ? created.id : -1 });

    const sticky = api.comments.filter((c) => c.body.includes(marker));
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toBe(second);
    expect(sticky[0]!.body).toContain('✅ loadgate: PASS');
    expect(api.comments).toHaveLength(151);
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST', 'GET', 'GET', 'PATCH']);
    expect(api.requests[1]!.query).toContain('page=2');
  });

  it('keeps one comment per job', async () => {
    api = await startGitHubApiStandIn();
    for (const job of ['gate (eu)', 'gate (us)', 'gate (eu)']) {
      const marker = prCommentMarker(job);
      await publishPrComment(options(api, buildPrComment(buildReportFixture(), { marker }), marker));
    }
    expect(api.comments).toHaveLength(2);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('does nothing outside pull request events', async () => {
    api = await startGitHubApiStandIn();
    const marker = prCommentMarker('gate');
    const body = buildPrComment(buildReportFixture(), { marker });
    await expect(publishPrComment(options(api, body, marker, { eventName: 'push' }))).resolves.toEqual({
      action: 'skipped',
      reason: 'not a pull request event (push)',
    });
    await expect(
      publishPrComment(options(api, body, marker, { pullRequestNumber: undefined })),
    ).resolves.toMatchObject({
      action: 'skipped',
    });
    expect(api.requests).toEqual([]);
  });

  it('finds the API through GITHUB_API_URL, as @actions/github does', async () => {
    api = await startGitHubApiStandIn();
    const marker = prCommentMarker('env');
    const { apiUrl: _omit, ...withoutApiUrl } = options(
      api,
      buildPrComment(buildReportFixture(), { marker }),
      marker,
    );
    // @actions/github reads GITHUB_API_URL once, when it is loaded: use a fresh process.
    const script = [
      `const { publishPrComment } = await import(${JSON.stringify(path.join(REPO_ROOT, 'src/integrations/pr-comment.ts'))});`,
      'const result = await publishPrComment(JSON.parse(process.env.PR_COMMENT_OPTIONS));',
      'process.stdout.write(JSON.stringify(result));',
    ].join('\n');
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, GITHUB_API_URL: api.url, PR_COMMENT_OPTIONS: JSON.stringify(withoutApiUrl) },
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ action: 'created' });
    expect(api.comments).toHaveLength(1);
  });

  it('turns a 403 into one warning without the token', async () => {
    api = await startGitHubApiStandIn({ mode: '403' });
    const marker = prCommentMarker('gate');
    const body = buildPrComment(buildReportFixture(), { marker });
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      10_000,
      (signal) => publishPrComment(options(api!, body, marker, { signal })),
      (m) => warnings.push(m),
      {
        secrets: [api.token],
      },
    );
    expect(result).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^PR comment failed: Resource not accessible by integration.*\(the token needs the pull-requests: write permission\)$/,
    );
    expect(warnings[0]).not.toContain(api.token);
  });

  it('turns a 500 into one warning', async () => {
    api = await startGitHubApiStandIn({ mode: '500' });
    const marker = prCommentMarker('gate');
    const warnings: string[] = [];
    await runIntegration(
      NAME,
      10_000,
      (signal) =>
        publishPrComment(options(api!, buildPrComment(buildReportFixture(), { marker }), marker, { signal })),
      (m) => warnings.push(m),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^PR comment failed: Server Error/);
  });

  it('turns a refused connection into one warning', async () => {
    api = await startGitHubApiStandIn();
    const marker = prCommentMarker('gate');
    const warnings: string[] = [];
    const apiUrl = await refusedUrl('');
    await runIntegration(
      NAME,
      10_000,
      (signal) =>
        publishPrComment(
          options(api!, buildPrComment(buildReportFixture(), { marker }), marker, { signal, apiUrl }),
        ),
      (m) => warnings.push(m),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^PR comment failed: .*ECONNREFUSED/);
  });

  it('gives up on a hanging API at the time limit', async () => {
    api = await startGitHubApiStandIn({ mode: 'hang' });
    const marker = prCommentMarker('gate');
    const warnings: string[] = [];
    const started = Date.now();
    await runIntegration(
      NAME,
      1_000,
      (signal) =>
        publishPrComment(options(api!, buildPrComment(buildReportFixture(), { marker }), marker, { signal })),
      (m) => warnings.push(m),
    );
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(warnings).toEqual(['PR comment failed: no answer within 1000 ms (timed out)']);
  });
});
