/**
 * The bundled action in the pull request's checks: config errors as annotations on the
 * config file (workflow-command properties), and the gate's own check run created,
 * updated on a re-run, and reduced to one warning without `checks: write`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startGitHubApiStandIn, type GitHubApiStandIn } from './helpers/github-api-standin.js';
import { annotations, runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const HEAD_SHA = 'a1b2c3d4'.repeat(5);
const MERGE_SHA = 'ffee0011'.repeat(5);

let target: TargetServer;
beforeAll(async () => {
  target = await startTargetServer({ '/slow': { delayMs: 30 }, '*': { status: 200 } });
});
afterAll(async () => {
  await target.close();
});

/** The `::error …::` lines, raw, properties included. */
const errorCommands = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('config errors as annotations on the config file', () => {
  it('gives each problem its file, line and column as properties, in file order; inputs only a title', async () => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: { 'target-url': target.url, duration: 'soon' },
      files: {
        '.github/loadgate.yml': [
          'thresholds:',
          "  - 'http_req_duration: p(95)<'",
          'vus: many',
          'tmeout: 5s',
          '',
        ].join('\n'),
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stderr).not.toMatch(/TypeError|\bat .*\.js:\d+/);
    const commands = errorCommands(run.stdout);
    expect(commands).toHaveLength(4);
    expect(commands[0]).toMatch(/^::error title=loadgate%3A invalid settings::input 'duration': got "soon"/);
    const located = commands
      .slice(1)
      .map((c) =>
        /^::error title=loadgate%3A invalid config,file=([^,]+),line=(\d+),col=(\d+)::/.exec(c)?.slice(1),
      );
    expect(located).toEqual([
      ['.github/loadgate.yml', '2', '5'],
      ['.github/loadgate.yml', '3', '6'],
      ['.github/loadgate.yml', '4', '1'],
    ]);
    expect(annotations(run.stdout, 'error')[3]).toContain('unknown key "tmeout"');
    expect(target.stats.received).toBe(before);
  });
});

function pullRequestEvent(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'loadgate-event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ pull_request: { number: 5, head: { sha: HEAD_SHA } } }));
  return file;
}

const CONFIG = [
  'duration: 2s',
  'vus: 2',
  'endpoints: [GET /slow]',
  'thresholds:',
  "  - 'http_req_failed: rate<0.5'",
  "  - 'http_req_duration: p(95)<5'",
  '',
].join('\n');

function gate(api: GitHubApiStandIn, extraInputs: Record<string, string> = {}) {
  return runAction({
    inputs: {
      'target-url': target.url,
      'github-token': api.token,
      'upload-artifact': 'false',
      ...extraInputs,
    },
    files: { '.github/loadgate.yml': CONFIG },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(),
      GITHUB_SHA: MERGE_SHA,
      GITHUB_JOB: 'perf',
    },
  });
}

describe('the check run from dist/index.js', () => {
  it('is created on the pull request head with the verdict and an annotation at the threshold’s line, then updated', async () => {
    const api = await startGitHubApiStandIn();
    try {
      const first = await gate(api);
      expect(first.outputs.verdict).toBe('fail');
      expect(annotations(first.stdout, 'warning')).toEqual([]);
      expect(api.checkRuns).toHaveLength(1);
      const run = api.checkRuns[0]!;
      expect(run).toMatchObject({
        name: 'loadgate: perf (127.0.0.1:' + new URL(target.url).port + ')',
        headSha: HEAD_SHA,
        status: 'completed',
        conclusion: 'failure',
      });
      const title = /^FAIL · p95 ([\d.]+) ms > 5 ms · rollback signalled$/.exec(run.title);
      expect(title, run.title).not.toBeNull();
      expect(Math.abs(Number(title![1]) - Number(first.outputs['p95-ms']))).toBeLessThan(0.1);
      expect(run.summary.startsWith('# ❌ FAIL: performance gate')).toBe(true);
      expect(run.annotations).toEqual([
        expect.objectContaining({ path: '.github/loadgate.yml', start_line: 6, annotation_level: 'failure' }),
      ]);
      expect(first.stdout).toMatch(
        /Check run "loadgate: perf \(127\.0\.0\.1:\d+\)" created \(1 annotations\)/,
      );

      // A re-run with the SLO met: the failure annotation cannot be removed, so a new run supersedes it.
      const second = await gate(api, { thresholds: 'http_req_failed: rate<0.5' });
      expect(second.outputs.verdict).toBe('pass');
      expect(api.checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
      // And a third run updates that clean one in place.
      const third = await gate(api, { thresholds: 'http_req_failed: rate<0.5' });
      expect(third.outputs.verdict).toBe('pass');
      expect(api.checkRuns).toHaveLength(2);
      expect(api.checkRuns[1]!.writes).toBe(2);
      expect(third.stdout).toMatch(/Check run "[^"]+" updated \(0 annotations\)/);
    } finally {
      await api.close();
    }
  });

  it('without checks: write is one warning, and the verdict, outputs and exit code stay as they are', async () => {
    const api = await startGitHubApiStandIn({ checksMode: '403' });
    try {
      const run = await gate(api);
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.outputs.rollback).toBe('true');
      expect(annotations(run.stdout, 'warning')).toEqual([
        expect.stringMatching(
          /^Check run failed: Resource not accessible by integration.*checks: write permission\)$/,
        ),
      ]);
      // The PR comment, which has its permission, still went out.
      expect(api.comments).toHaveLength(1);
      expect(api.checkRuns).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('is not created with check-run: false', async () => {
    const api = await startGitHubApiStandIn();
    try {
      const run = await gate(api, { 'check-run': 'false' });
      expect(run.outputs.verdict).toBe('fail');
      expect(api.requests.filter((r) => r.path.includes('check-runs'))).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
