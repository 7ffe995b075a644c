/**
 * The bundled action publishing its verdict through the real client libraries to
 * local stand-ins (artifact service, GitHub REST API, Slack) and a real Pushgateway,
 * then the same with those services failing: the verdict, outputs, exit code and the
 * files on disk do not change, and each failure is exactly one warning.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readZip, startArtifactService, type ArtifactService } from './helpers/artifact-service.js';
import { startGitHubApiStandIn, type GitHubApiStandIn } from './helpers/github-api-standin.js';
import { promtoolCheckMetrics } from './helpers/promtool.js';
import { startPushgateway, type Pushgateway } from './helpers/pushgateway.js';
import { annotations, runAction, type ActionRun } from './helpers/run-action.js';
import { JUNIT_XSD, validateWithSchema } from './helpers/xmllint.js';
import { refusedUrl, startSlackStandIn, type SlackStandIn } from './helpers/slack-standin.js';

const PR = 17;

let target: { url: string; close(): Promise<void> };

async function startTarget(): Promise<typeof target> {
  const server = http.createServer((req, res) => {
    setTimeout(() => res.end(req.url === '/slow' ? 'slow' : 'ok'), req.url === '/slow' ? 80 : 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pullRequestEvent(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'loadgate-event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ pull_request: { number: PR } }));
  return file;
}

/** A failing gate (p95 ≥ 80 ms against a 50 ms limit) that publishes everywhere. */
function gate(services: {
  slack: string;
  pushgateway: string;
  api: string;
  token: string;
  artifactEnv: Record<string, string>;
}) {
  return runAction({
    inputs: {
      'target-url': target.url,
      duration: '2s',
      vus: '2',
      endpoints: 'GET /slow',
      environment: 'staging',
      thresholds: 'http_req_duration: p(95)<50\nhttp_req_failed: rate<0.01',
      'slack-webhook-url': services.slack,
      'pushgateway-url': services.pushgateway,
      'github-token': services.token,
    },
    // An environment is a block of the config file (an `environment` input alone is refused).
    files: { '.github/loadgate.yml': 'environments:\n  staging: {}\n' },
    env: {
      ...services.artifactEnv,
      GITHUB_API_URL: services.api,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(),
      GITHUB_JOB: 'gate',
    },
  });
}

/** The log as the runner shows it: `::add-mask::` commands are consumed, not shown. */
function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** What must be the same whether or not the integrations worked. */
function expectSameVerdict(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('fail');
  expect(run.outputs.rollback).toBe('true');
  expect(run.outputs['failed-slos']).toBe('http_req_duration: p(95)<50');
  expect(JSON.parse(run.outputs['failed-slos-json'] ?? '')).toEqual(['http_req_duration: p(95)<50']);
  expect(Number(run.outputs['p95-ms'])).toBeGreaterThanOrEqual(80);
  const dir = path.dirname(run.outputs['report-path'] ?? '');
  for (const file of [
    'report.md',
    'results.json',
    'report.html',
    'junit.xml',
    'metrics.prom',
    'histograms.json',
  ]) {
    expect(existsSync(path.join(dir, file)), file).toBe(true);
  }
}

describe('publishing from dist/index.js', () => {
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(async () => {
    await target.close();
  });

  describe('to working services', () => {
    let artifacts: ArtifactService;
    let api: GitHubApiStandIn;
    let slack: SlackStandIn;
    let pushgateway: Pushgateway;
    beforeAll(async () => {
      [artifacts, api, slack, pushgateway] = await Promise.all([
        startArtifactService('ok'),
        startGitHubApiStandIn(),
        startSlackStandIn('ok'),
        startPushgateway(),
      ]);
    });
    afterAll(async () => {
      await Promise.all([artifacts.close(), api.close(), slack.close(), pushgateway.stop()]);
    });

    it('uploads the bundle, comments once on the PR (then updates it), posts to Slack and pushes metrics', async () => {
      const services = {
        slack: slack.url,
        pushgateway: pushgateway.url,
        api: api.url,
        token: api.token,
        artifactEnv: artifacts.env,
      };
      const first = await gate(services);
      expectSameVerdict(first);
      expect(annotations(first.stdout, 'warning')).toEqual([]);

      // The artifact arrived whole: every file of the bundle, results.json as written.
      expect(artifacts.artifacts).toHaveLength(1);
      const stored = artifacts.artifacts[0];
      expect(stored?.finalized).toBe(true);
      const files = readZip(stored?.blob ?? Buffer.alloc(0));
      expect([...files.keys()].sort()).toEqual(
        ['histograms.json', 'junit.xml', 'metrics.prom', 'report.html', 'report.md', 'results.json'].sort(),
      );
      // What downstream tools read passes their own checks.
      expect(promtoolCheckMetrics(files.get('metrics.prom')?.toString() ?? '')).toEqual({
        status: 0,
        problems: [],
      });
      expect(validateWithSchema(files.get('junit.xml')?.toString() ?? '', JUNIT_XSD).output).toBe(
        'junit.xml validates',
      );
      expect(files.get('results.json')?.toString()).toBe(
        readFileSync(first.outputs['results-path'] ?? '', 'utf8'),
      );
      expect(first.outputs['artifact-id']).toBe(String(stored?.id));
      expect(first.outputs['artifact-url']).toBe(
        `https://github.com/acme/shop/actions/runs/4242/artifacts/${stored?.id}`,
      );
      // The name as uploaded, in the documented pattern, for a later download-artifact step.
      expect(first.outputs['artifact-name']).toBe(stored?.name);
      expect(first.outputs['artifact-name']).toMatch(
        new RegExp(`^loadgate-report-gate-staging-[0-9a-f]{8}$`),
      );

      // One line for each integration that worked.
      const info = first.stdout.split('\n');
      for (const line of [
        /^Job summary written\.$/,
        new RegExp(`^Artifact ${stored?.name} uploaded \\(id ${stored?.id}\\)$`),
        /^Slack notification sent \(fail\)\.$/,
        /^Pushgateway push: http:\/\/127\.0\.0\.1:\d+\/metrics\/job\/loadgate\/\S+ \(HTTP 200\)\.$/,
        /^PR comment created: \S+$/,
      ]) {
        expect(
          info.filter((l) => line.test(l)),
          String(line),
        ).toHaveLength(1);
      }

      // Slack got one Block Kit message naming the verdict and the failed SLO.
      expect(slack.received).toHaveLength(1);
      const message = JSON.stringify(slack.received[0]);
      expect(message).toContain('FAIL');
      // Slack mrkdwn escapes < as &lt;.
      expect(message).toContain('http_req_duration: p(95)&lt;50');
      expect(message).toContain('"blocks"');

      // The Pushgateway shows the pushed figures under the run's grouping labels.
      const metrics = await pushgateway.metrics();
      const p95 = new RegExp(
        `loadgate_request_duration_seconds\\{[^}]*quantile="0\\.95"[^}]*\\} (\\S+)`,
      ).exec(metrics);
      expect(p95, metrics).not.toBeNull();
      expect(Number(p95?.[1]) * 1000).toBeCloseTo(Number(first.outputs['p95-ms']), 1);
      expect(metrics).toMatch(/loadgate_slo_passed\{[^}]*environment="staging"[^}]*\} 0/);
      expect(metrics).toMatch(/loadgate_run_info\{[^}]*run_id="4242"[^}]*verdict="fail"/);
      expect(promtoolCheckMetrics(metrics)).toEqual({ status: 0, problems: [] });

      // One sticky comment; a second run updates it instead of adding another.
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0]?.body).toContain('http_req_duration: p(95)<50');
      const second = await gate(services);
      expectSameVerdict(second);
      expect(api.comments).toHaveLength(1);
      expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(withoutMaskCommands(second.stdout)).not.toContain(api.token);
      expect(second.stdout).toMatch(/^PR comment updated: \S+$/m);

      // The second run replaced the first in the Pushgateway: one group, the second run's figures.
      const after = await pushgateway.metrics();
      expect(after.match(/^push_time_seconds\{[^}]*repository="acme\/shop"/gm)).toHaveLength(1);
      const requests = /^loadgate_requests_total\{[^}]*\} (\d+)$/m.exec(after);
      expect(Number(requests?.[1])).toBe(Number(second.outputs.requests));
    });
  });

  describe('on a settings error', () => {
    let slack: SlackStandIn;
    beforeAll(async () => {
      slack = await startSlackStandIn('ok');
    });
    afterAll(async () => {
      await slack.close();
    });

    it('tells Slack (slack-notify-on failure covers error), sends no load and never shows the webhook', async () => {
      let hits = 0;
      const watched = http.createServer((_req, res) => {
        hits++;
        res.end('ok');
      });
      await new Promise<void>((resolve) => watched.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(watched.address() as AddressInfo).port}`;
      try {
        const run = await runAction({
          inputs: {
            'target-url': url,
            duration: '30 seconds',
            environment: 'staging',
            'slack-webhook-url': slack.url,
          },
          files: { '.github/loadgate.yml': 'environments:\n  staging: {}\n' },
        });
        expect(run.exitCode).toBe(1);
        expect(run.outputs.verdict).toBe('error');
        expect(run.outputs['failed-slos-json']).toBe('[]');
        expect(hits).toBe(0);
        expect(annotations(run.stdout, 'error')).toHaveLength(1);
        expect(annotations(run.stdout, 'warning')).toEqual([]);
        expect(run.stdout).toMatch(/^Slack notification sent \(error\)\.$/m);

        expect(slack.received).toHaveLength(1);
        const message = JSON.stringify(slack.received[0]);
        expect(message).toContain('ERROR: performance gate (staging)');
        expect(message).toContain("input 'duration'");
        expect(message).toContain('30 seconds');
        const secret = slack.url.split('/').pop() ?? '';
        expect(message).not.toContain(secret);
        expect(withoutMaskCommands(run.stdout) + run.stderr).not.toContain(secret);
      } finally {
        watched.closeAllConnections();
        await new Promise<void>((resolve) => watched.close(() => resolve()));
      }
    });
  });

  describe('to failing services', () => {
    let artifacts: ArtifactService;
    let api: GitHubApiStandIn;
    let slack: SlackStandIn;
    beforeAll(async () => {
      [artifacts, api, slack] = await Promise.all([
        startArtifactService('ok'),
        startGitHubApiStandIn({ mode: '403' }),
        startSlackStandIn('500'),
      ]);
    });
    afterAll(async () => {
      await Promise.all([artifacts.close(), api.close(), slack.close()]);
    });

    it('keeps the verdict, outputs, exit code and files, with one warning per failed integration', async () => {
      const run = await gate({
        slack: slack.url,
        pushgateway: await refusedUrl(),
        api: api.url,
        token: api.token,
        artifactEnv: artifacts.env,
      });
      expectSameVerdict(run);
      const warnings = annotations(run.stdout, 'warning');
      expect(warnings).toHaveLength(3);
      expect(warnings.filter((w) => w.startsWith('Slack notification failed'))).toHaveLength(1);
      expect(warnings.filter((w) => w.startsWith('Pushgateway push failed'))).toHaveLength(1);
      expect(warnings.filter((w) => w.startsWith('PR comment failed'))).toHaveLength(1);
      // The webhook's secret path never shows, not even in the warning.
      const secret = slack.url.split('/').pop() ?? '';
      expect(withoutMaskCommands(run.stdout)).not.toContain(secret);
    });
  });
});
