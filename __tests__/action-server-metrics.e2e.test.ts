/**
 * The bundled action with server metrics and a bearer token for Prometheus: the token
 * is masked (`::add-mask::`), reaches Prometheus (a proxy in front refuses queries
 * without it), and shows up in no log line the runner shows, no report file, no
 * output and not the job summary. A token written in the config file is refused
 * before any load, without being quoted back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  prometheusAvailable,
  startAuthProxy,
  startMetricsTarget,
  startPrometheus,
  type MetricsTarget,
  type PrometheusServer,
} from './helpers/prometheus-server.js';
import { annotations, runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const TOKEN = 'e2e-prom-token-4b9d1c77';

let exporter: MetricsTarget;
let prometheus: PrometheusServer;
let target: TargetServer;
const available = prometheusAvailable();

beforeAll(async () => {
  if (!available) return;
  exporter = await startMetricsTarget('# TYPE app_cpu_ratio gauge\napp_cpu_ratio 0.25\n');
  prometheus = await startPrometheus([exporter.address]);
  await prometheus.waitForSeries('app_cpu_ratio');
  target = await startTargetServer({ '*': { status: 200, body: 'ok', delayMs: 20 } });
});

afterAll(async () => {
  await Promise.all([prometheus?.stop(), exporter?.close(), target?.close()]);
});

const CONFIG = [
  'duration: 3s',
  'vus: 1',
  'prometheus-step: 1s',
  'server-metrics:',
  "  cpu: {query: 'max(app_cpu_ratio)', unit: ratio}",
  'thresholds:',
  "  - 'server_cpu: max<0.7'",
  '',
].join('\n');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The log as the runner shows it: `::add-mask::` commands are consumed, not shown. */
function shownLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

describe.skipIf(!available)('action with server metrics behind a bearer token', () => {
  it('sends the token, masks it, and writes it nowhere', async () => {
    const proxy = await startAuthProxy(prometheus.url, `Bearer ${TOKEN}`);
    try {
      const run = await runAction({
        inputs: {
          'target-url': target.url,
          config: 'loadgate.yml',
          'prometheus-url': proxy.url,
          'prometheus-headers': `Authorization: Bearer ${TOKEN}`,
        },
        files: { 'loadgate.yml': CONFIG },
      });
      expect(run.outputs.verdict).toBe('pass');
      expect(proxy.passed()).toBeGreaterThan(0);
      expect(proxy.refused()).toBe(0);
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      const reportDir = path.dirname(run.outputs['report-path'] ?? '');
      const texts = [
        shownLog(run.stdout),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        ...filesUnder(reportDir).map((file) => readFileSync(file, 'utf8')),
      ];
      for (const text of texts) expect(text).not.toContain(TOKEN);
    } finally {
      await proxy.close();
    }
  });

  it('refuses prometheus-headers in the config file at its line, without quoting it', async () => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: { 'target-url': target.url, config: 'loadgate.yml' },
      files: {
        'loadgate.yml': `${CONFIG}prometheus-url: ${prometheus.url}\nprometheus-headers: {Authorization: 'Bearer ${TOKEN}'}\n`,
      },
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('prometheus-headers holds credentials');
    expect(errors[0]).toMatch(/^loadgate\.yml:9:\d+ \(prometheus-headers\)/);
    expect(target.stats.received).toBe(before);
    expect(shownLog(run.stdout)).not.toContain(TOKEN);
  });
});
