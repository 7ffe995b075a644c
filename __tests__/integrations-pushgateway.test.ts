import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { publishPushgateway, pushgatewayGrouping, pushgatewayUrl } from '../src/integrations/pushgateway.js';
import { runIntegration } from '../src/integrations/run-integration.js';
import { renderPrometheusMetrics } from '../src/report/prometheus-metrics.js';
import { promtoolCheckMetrics } from './helpers/promtool.js';
import { startPushgateway, type Pushgateway } from './helpers/pushgateway.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';
import { refusedUrl } from './helpers/slack-standin.js';

const NAME = 'Pushgateway push';

/** A label set as the gateway prints it: names sorted. */
function sorted(labels: Record<string, string>): string {
  const names = Object.keys(labels).sort();
  return `{${names.map((n) => `${n}="${labels[n]}"`).join(',')}}`;
}

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
        skipped: undefined,
        empty: '',
      }),
    ).toBe(
      'http://pg:9091/metrics/job/loadgate' +
        `/repository@base64/${Buffer.from('acme/shop').toString('base64url')}` +
        '/environment/staging%20eu' +
        `/target@base64/${Buffer.from('https://canary.example.com/').toString('base64url')}` +
        '/empty@base64/=',
    );
    expect(pushgatewayUrl('http://pg', 'a/b', { 'bad-name': 'x' })).toBe(
      `http://pg/metrics/job@base64/${Buffer.from('a/b').toString('base64url')}/bad_name/x`,
    );
  });
});

describe('pushgatewayGrouping', () => {
  it('groups by repository, environment and target, not by run', () => {
    const ctx = buildReportFixture();
    expect(pushgatewayGrouping(ctx, { repository: 'acme/shop' })).toEqual({
      repository: 'acme/shop',
      environment: 'staging',
      target: 'https://canary.shop.example.com',
    });
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
          groupingLabels: pushgatewayGrouping(ctx, { repository: 'acme/shop' }),
          metrics: renderPrometheusMetrics(ctx, {}, { runId: '777' }),
          signal,
        }),
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual([]);
    expect(result?.statusCode).toBe(200);

    const text = await gateway.metrics();
    const group =
      'environment="staging",instance="",job="loadgate",repository="acme/shop",target="https://canary.shop.example.com"';
    const o = ctx.measurements.overall;
    const latency = samples(text, 'loadgate_request_duration_seconds');
    expect(latency.get(`{${group},quantile="0.5"}`)).toBeCloseTo(o.latency.p50 / 1000, 9);
    expect(latency.get(`{${group},quantile="0.95"}`)).toBeCloseTo(o.latency.p95 / 1000, 9);
    expect(latency.get(`{${group},quantile="0.99"}`)).toBeCloseTo(o.latency.p99 / 1000, 9);
    expect(samples(text, 'loadgate_request_duration_seconds_count').get(`{${group}}`)).toBe(o.latency.count);
    expect(samples(text, 'loadgate_throughput_requests_per_second').get(`{${group}}`)).toBe(o.rps);
    expect(samples(text, 'loadgate_requests_total').get(`{${group}}`)).toBe(o.requests);
    expect(samples(text, 'loadgate_failed_requests_total').get(`{${group}}`)).toBe(o.failed);
    expect(samples(text, 'loadgate_error_ratio').get(`{${group}}`)).toBeCloseTo(o.failed / o.requests, 10);
    expect(samples(text, 'loadgate_slo_passed').get(`{${group}}`)).toBe(0);
    expect(samples(text, 'loadgate_rollback').get(`{${group}}`)).toBe(1);
    const groupLabels = {
      environment: 'staging',
      instance: '',
      job: 'loadgate',
      repository: 'acme/shop',
      target: 'https://canary.shop.example.com',
    };
    expect(
      samples(text, 'loadgate_run_info').get(
        sorted({ ...groupLabels, run_id: '777', verdict: 'fail', version: ctx.toolVersion }),
      ),
    ).toBe(1);

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
    expect(text).toContain('# TYPE loadgate_request_duration_seconds summary');
    expect(text).toMatch(/push_time_seconds\{[^}]*repository="acme\/shop"[^}]*\} \d/);
    // No failed push: the gateway found the metrics consistent.
    expect(samples(text, 'push_failure_time_seconds').get(`{${group}}`)).toBe(0);

    // What the gateway serves back, its own metrics included, passes promtool too.
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, problems: [] });
  });

  it('keeps one group per target: the second push replaces the first (PUT)', async () => {
    const where = { repository: 'acme/replace' };
    const first = buildReportFixture({ verdict: 'fail' });
    const second = buildReportFixture({ verdict: 'pass', seconds: 10 });
    for (const [ctx, runId] of [
      [first, '100'],
      [second, '101'],
    ] as const) {
      await publishPushgateway({
        url: gateway.url,
        groupingLabels: pushgatewayGrouping(ctx, where),
        metrics: renderPrometheusMetrics(ctx, {}, { runId }),
      });
    }
    const text = await gateway.metrics();
    const group =
      'environment="staging",instance="",job="loadgate",repository="acme/replace",target="https://canary.shop.example.com"';
    const ofRepository = (metric: string): Map<string, number> =>
      new Map([...samples(text, metric)].filter(([labels]) => labels.includes('repository="acme/replace"')));

    // One group: one push time, one set of figures, all of the second run.
    expect([...ofRepository('push_time_seconds').keys()]).toEqual([`{${group}}`]);
    expect([...ofRepository('loadgate_slo_passed')]).toEqual([[`{${group}}`, 1]]);
    expect([...ofRepository('loadgate_requests_total')]).toEqual([
      [`{${group}}`, second.measurements.overall.requests],
    ]);
    expect(second.measurements.overall.requests).not.toBe(first.measurements.overall.requests);
    expect([...ofRepository('loadgate_run_info').keys()]).toEqual([
      sorted({
        environment: 'staging',
        instance: '',
        job: 'loadgate',
        repository: 'acme/replace',
        target: 'https://canary.shop.example.com',
        run_id: '101',
        verdict: 'pass',
        version: second.toolVersion,
      }),
    ]);
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
