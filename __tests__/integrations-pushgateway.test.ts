import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { publishPushgateway, pushgatewayGrouping, pushgatewayUrl } from '../src/integrations/pushgateway.js';
import { runIntegration } from '../src/integrations/run-integration.js';
import { renderPrometheusMetrics } from '../src/report/prometheus-metrics.js';
import { startPushgateway, type Pushgateway } from './helpers/pushgateway.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';
import { refusedUrl } from './helpers/slack-standin.js';

const NAME = 'Pushgateway push';

/** Sample lines of a metric, as `labels → value` (labels sorted the way the gateway prints them). */
function samples(text: string, metric: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${metric}(\\{.*\\})? (\\S+)$`).exec(line);
    if (match) out.set(match[1] ?? '', Number(match[2]));
  }
  return out;
}

describe('pushgatewayUrl', () => {
  it('puts the grouping key in the path, base64 for values with a slash or empty', () => {
    expect(
      pushgatewayUrl('http://pg:9091/', 'loadgate', {
        repository: 'acme/shop',
        environment: 'staging eu',
        target: 'https://canary.example.com/',
        run_id: '123',
        skipped: undefined,
        empty: '',
      }),
    ).toBe(
      'http://pg:9091/metrics/job/loadgate' +
        `/repository@base64/${Buffer.from('acme/shop').toString('base64url')}` +
        '/environment/staging%20eu' +
        `/target@base64/${Buffer.from('https://canary.example.com/').toString('base64url')}` +
        '/run_id/123/empty@base64/=',
    );
    expect(pushgatewayUrl('http://pg', 'a/b', { 'bad-name': 'x' })).toBe(
      `http://pg/metrics/job@base64/${Buffer.from('a/b').toString('base64url')}/bad_name/x`,
    );
  });
});

describe('publishPushgateway against the real Pushgateway', () => {
  let gateway: Pushgateway;
  beforeAll(async () => {
    gateway = await startPushgateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('pushes the run metrics under the grouping key and the gateway exposes them', async () => {
    const ctx = buildReportFixture({ extraResults: [hostileResult('marginal')] });
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      10_000,
      (signal) =>
        publishPushgateway({
          url: gateway.url,
          groupingLabels: pushgatewayGrouping(ctx, { repository: 'acme/shop', runId: '777' }),
          metrics: renderPrometheusMetrics(ctx),
          signal,
        }),
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual([]);
    expect(result?.statusCode).toBe(200);

    const text = await gateway.metrics();
    const group =
      'environment="staging",instance="",job="loadgate",repository="acme/shop",run_id="777",target="https://canary.shop.example.com"';
    const o = ctx.measurements.overall;
    expect(samples(text, 'loadgate_latency_p50_ms').get(`{${group}}`)).toBe(o.latency.p50);
    expect(samples(text, 'loadgate_latency_p95_ms').get(`{${group}}`)).toBe(o.latency.p95);
    expect(samples(text, 'loadgate_latency_p99_ms').get(`{${group}}`)).toBe(o.latency.p99);
    expect(samples(text, 'loadgate_throughput_rps').get(`{${group}}`)).toBe(o.rps);
    expect(samples(text, 'loadgate_requests_total').get(`{${group}}`)).toBe(o.requests);
    expect(samples(text, 'loadgate_error_rate_percent').get(`{${group}}`)).toBeCloseTo(
      (o.failed / o.requests) * 100,
      10,
    );
    expect(samples(text, 'loadgate_slo_passed').get(`{${group}}`)).toBe(0);
    expect(samples(text, 'loadgate_rollback').get(`{${group}}`)).toBe(1);

    const status = samples(text, 'loadgate_slo_status');
    expect(status.get(`{${group},threshold="http_req_duration: p(95)<250"}`)).toBe(1);
    expect(status.get(`{${group},threshold="http_req_duration: p(99)<300"}`)).toBe(0.5);
    expect(status.get(`{${group},threshold="error_rate: 1%"}`)).toBe(0);
    // The hostile threshold text survived the exposition format's escaping both ways.
    expect(
      status.get(
        `{${group},threshold="http_req_duration{endpoint:GET /search?q=<script>&x=\\"1\\"\\\\n}: p(90)<100"}`,
      ),
    ).toBe(0.5);
    expect(text).toContain('# TYPE loadgate_requests_total counter');
    expect(text).toMatch(/push_time_seconds\{[^}]*run_id="777"[^}]*\} \d/);
  });

  it('replaces the group on the next push (PUT)', async () => {
    const labels = { repository: 'acme/shop', run_id: '778' };
    const first = buildReportFixture({ verdict: 'fail' });
    const second = buildReportFixture({ verdict: 'pass' });
    await publishPushgateway({
      url: gateway.url,
      groupingLabels: labels,
      metrics: renderPrometheusMetrics(first),
    });
    await publishPushgateway({
      url: gateway.url,
      groupingLabels: labels,
      metrics: renderPrometheusMetrics(second),
    });
    const passed = samples(await gateway.metrics(), 'loadgate_slo_passed');
    expect(passed.get('{instance="",job="loadgate",repository="acme/shop",run_id="778"}')).toBe(1);
  });
});

describe('publishPushgateway failures', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function serve(handler: http.RequestListener): Promise<string> {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const metrics = renderPrometheusMetrics(buildReportFixture());

  it('turns a refused connection into one warning, without the URL password', async () => {
    const url = (await refusedUrl('')).replace('http://', 'http://loadgate:hunter2pass@');
    const warnings: string[] = [];
    const result = await runIntegration(
      NAME,
      10_000,
      (signal) => publishPushgateway({ url, metrics, retries: 1, signal }),
      (m) => warnings.push(m),
      { secrets: ['hunter2pass'] },
    );
    expect(result).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Pushgateway push failed: .*ECONNREFUSED/);
    expect(warnings[0]).not.toContain('hunter2pass');
  });

  it('retries a 500 a limited number of times, then one warning', async () => {
    let hits = 0;
    const url = await serve((req, res) => {
      hits++;
      req.resume();
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('storage full');
    });
    const warnings: string[] = [];
    await runIntegration(
      NAME,
      10_000,
      (signal) => publishPushgateway({ url, metrics, retries: 2, signal }),
      (m) => warnings.push(m),
    );
    expect(hits).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Pushgateway push failed: .*500/);
  });

  it('gives up on a hanging gateway at the time limit', async () => {
    const url = await serve(() => undefined);
    const warnings: string[] = [];
    const started = Date.now();
    await runIntegration(
      NAME,
      1_000,
      (signal) => publishPushgateway({ url, metrics, timeoutMs: 5_000, signal }),
      (m) => warnings.push(m),
    );
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(warnings).toEqual(['Pushgateway push failed: no answer within 1000 ms (timed out)']);
  });
});
