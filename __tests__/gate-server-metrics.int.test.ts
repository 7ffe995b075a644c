/**
 * Server metrics end to end in process: a real Prometheus (Debian's `prometheus`) on
 * a free loopback port scrapes a local exporter every second; the exporter serves
 * known values per side (`side="canary"`, `side="stable"`), and the gate drives a
 * short load at a local target, then reads the series over the load window and
 * judges them. The values are constant, so each threshold's outcome is known.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { SettingsError } from '../src/config/settings-error.js';
import { runGate } from '../src/gate.js';
import type { ResultsDocument } from '../src/report/results-document.js';
import {
  freePort,
  prometheusAvailable,
  startAuthProxy,
  startMetricsTarget,
  startPrometheus,
  type MetricsTarget,
  type PrometheusServer,
} from './helpers/prometheus-server.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const CANARY_CPU = 0.4;
const STABLE_CPU = 0.3;
const CANARY_MEMORY = 200_000_000;
const EXPOSITION = [
  '# TYPE app_cpu_ratio gauge',
  `app_cpu_ratio{side="canary"} ${CANARY_CPU}`,
  `app_cpu_ratio{side="stable"} ${STABLE_CPU}`,
  '# TYPE app_memory_bytes gauge',
  `app_memory_bytes{side="canary"} ${CANARY_MEMORY}`,
  `app_memory_bytes{side="stable"} ${CANARY_MEMORY / 2}`,
  '',
].join('\n');

const CPU_QUERY = `max(app_cpu_ratio{side="{{target}}"})`;
const MEMORY_QUERY = `max(app_memory_bytes{side="{{target}}"})`;

let exporter: MetricsTarget;
let prometheus: PrometheusServer;
let canary: TargetServer;
let stable: TargetServer;

const available = prometheusAvailable();

beforeAll(async () => {
  if (!available) return;
  exporter = await startMetricsTarget(EXPOSITION);
  prometheus = await startPrometheus([exporter.address]);
  await prometheus.waitForSeries('app_cpu_ratio');
  canary = await startTargetServer({ '*': { status: 200, body: 'ok', delayMs: 20 } });
  stable = await startTargetServer({ '*': { status: 200, body: 'ok', delayMs: 20 } });
});

afterAll(async () => {
  await Promise.all([prometheus?.stop(), exporter?.close(), canary?.close(), stable?.close()]);
});

interface GateCase {
  thresholds: string[];
  /** The server-metrics: block, as YAML lines under the key. */
  metrics?: string[];
  prometheusUrl?: string;
  inputs?: Partial<RawInputs>;
  extraYaml?: string[];
  durationSeconds?: number;
}

function configText(c: GateCase): string {
  const duration = c.durationSeconds ?? 3;
  const metrics = c.metrics ?? [
    `  cpu: {query: '${CPU_QUERY}', unit: ratio}`,
    `  memory: {query: '${MEMORY_QUERY}', unit: bytes}`,
  ];
  return [
    `duration: ${duration}s`,
    'vus: 1',
    'prometheus-step: 1s',
    'prometheus-timeout: 5s',
    'prometheus-retries: 0',
    'target-labels: {canary: canary, baseline: stable}',
    'server-metrics:',
    ...metrics,
    'thresholds:',
    ...c.thresholds.map((text) => `  - '${text}'`),
    ...(c.extraYaml ?? []),
    '',
  ].join('\n');
}

function settingsFor(c: GateCase) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-server-metrics-'));
  const config = configText(c);
  return resolveSettings(
    rawInputs({
      'target-url': canary.url,
      config: 'loadgate.yml',
      'prometheus-url': c.prometheusUrl ?? prometheus.url,
      'report-dir': path.join(workspace, 'report'),
      ...c.inputs,
    }),
    {
      workspace,
      readFile: (absolute) => (absolute === path.join(workspace, 'loadgate.yml') ? config : undefined),
    },
  );
}

function results(resultsPath: string): ResultsDocument {
  return JSON.parse(readFileSync(resultsPath, 'utf8')) as ResultsDocument;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe.skipIf(!available)('server metrics from a real Prometheus', () => {
  it('passes thresholds the known values meet, and carries the series into report.md and results.json', async () => {
    const outcome = await runGate(
      settingsFor({ thresholds: ['server_cpu: max<0.7', 'server_memory: avg<500000000'] }),
    );
    expect(outcome.evaluation.reasons).toEqual([]);
    expect(outcome.evaluation.verdict).toBe('pass');
    const [cpu, memory] = outcome.evaluation.results;
    expect(cpu?.actual).toBeCloseTo(CANARY_CPU, 9);
    expect(memory?.actual).toBeCloseTo(CANARY_MEMORY, 0);

    const document = results(outcome.resultsPath);
    const series = document.measurements.serverMetrics?.metrics.find((m) => m.name === 'cpu');
    expect(series?.query).toBe('max(app_cpu_ratio{side="canary"})');
    expect(series?.missing).toBeUndefined();
    // Gentle load (one VU, 20 ms replies) keeps the generator far from a bottleneck on a busy machine.
    // A 3 s window at a 1 s step: a sample at each step, each the exporter's value.
    expect(series?.samples.length).toBeGreaterThanOrEqual(3);
    for (const sample of series?.samples ?? []) expect(sample.value).toBe(CANARY_CPU);

    expect(outcome.markdown).toContain('### Target resources');
    expect(outcome.markdown).toMatch(/`server_cpu` \| 40 % \| 40 % \| 40 %/);

    // report.html: a chart per server metric, after the latency chart.
    const html = readFileSync(path.join(outcome.reportDir, 'report.html'), 'utf8');
    const latencyAt = html.indexOf('Latency p50 / p95 / p99');
    const resourcesAt = html.indexOf('<h2>Target resources</h2>');
    expect(latencyAt).toBeGreaterThan(0);
    expect(resourcesAt).toBeGreaterThan(latencyAt);
    expect(html.slice(resourcesAt)).toContain('server_cpu (%)');
    expect(html.slice(resourcesAt)).toContain('server_memory (MB)');
  });

  it('fails a threshold the known value breaks, and signals the rollback', async () => {
    const outcome = await runGate(settingsFor({ thresholds: ['server_cpu: max<0.35'] }));
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.evaluation.results[0]?.actual).toBeCloseTo(CANARY_CPU, 9);
    expect(outcome.rollback).toBe(true);
  });

  it('fills {{target}} with each side’s label against a live baseline, and compares the two series', async () => {
    const outcome = await runGate(
      settingsFor({
        thresholds: ['server_cpu: avg < baseline * 1.5', 'server_memory: max < baseline * 1.2'],
        inputs: { 'baseline-url': stable.url },
      }),
    );
    const canarySeries = outcome.measurements.serverMetrics?.metrics ?? [];
    const baselineSide =
      outcome.baseline && 'measurements' in outcome.baseline
        ? (outcome.baseline.measurements.serverMetrics?.metrics ?? [])
        : [];
    expect(canarySeries.map((m) => m.query)).toEqual([
      'max(app_cpu_ratio{side="canary"})',
      'max(app_memory_bytes{side="canary"})',
    ]);
    expect(baselineSide.map((m) => m.query)).toEqual([
      'max(app_cpu_ratio{side="stable"})',
      'max(app_memory_bytes{side="stable"})',
    ]);
    const [cpu, memory] = outcome.evaluation.results;
    // 0.4 against 0.3 × 1.5 holds; 200 MB against 100 MB × 1.2 does not.
    expect(cpu?.comparison?.baseline).toBeCloseTo(STABLE_CPU, 9);
    expect(cpu?.status).toBe('pass');
    expect(memory?.comparison?.baseline).toBeCloseTo(CANARY_MEMORY / 2, 0);
    expect(memory?.status).toBe('fail');
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.markdown).toContain('`server_cpu` (baseline)');
  });

  it('polls a server metric with abortOnFail during the run and stops the load on a sustained breach', async () => {
    const outcome = await runGate(
      settingsFor({ thresholds: ['server_cpu: max<0.3 abortOnFail'], durationSeconds: 30 }),
    );
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.measurements.abortedBy?.threshold).toBe('server_cpu: max<0.3 abortOnFail');
    expect(outcome.measurements.abortedBy?.actual).toBeCloseTo(CANARY_CPU, 9);
    // One sample a second from the start; two evaluations in a row stop it, far before 30 s.
    expect(outcome.measurements.durationMs).toBeLessThan(20_000);
  });

  it('quotes Prometheus’s error for a bad expression: inconclusive, no rollback', async () => {
    const outcome = await runGate(
      settingsFor({
        thresholds: ['server_cpu: max<0.7'],
        metrics: [`  cpu: {query: 'max(app_cpu_ratio{side="{{target}}"}', unit: ratio}`],
      }),
    );
    expect(outcome.evaluation.verdict).toBe('inconclusive');
    expect(outcome.rollback).toBe(false);
    const result = outcome.evaluation.results[0];
    expect(result?.status).toBe('inconclusive');
    expect(result?.note).toMatch(/Prometheus answered bad_data: .*parse error/);
    expect(outcome.evaluation.reasons.join('\n')).toContain('server_cpu: max<0.7 has no data');
  });

  it('finds "no series" for a query that matches nothing, and several series for one that is not aggregated', async () => {
    const outcome = await runGate(
      settingsFor({
        thresholds: ['server_cpu: max<0.7', 'server_all: max<0.7'],
        metrics: [
          `  cpu: {query: 'app_cpu_ratio{side="nobody"}', unit: ratio}`,
          `  all: {query: 'app_cpu_ratio', unit: ratio}`,
        ],
      }),
    );
    expect(outcome.evaluation.verdict).toBe('inconclusive');
    const [none, several] = outcome.evaluation.results;
    expect(none?.note).toContain('no series');
    expect(several?.note).toMatch(/2 series .*expected one/);
  });

  it('is inconclusive when Prometheus is down, and still writes the load report', async () => {
    const port = await freePort();
    const outcome = await runGate(
      settingsFor({ thresholds: ['server_cpu: max<0.7'], prometheusUrl: `http://127.0.0.1:${port}` }),
    );
    expect(outcome.evaluation.verdict).toBe('inconclusive');
    expect(outcome.rollback).toBe(false);
    expect(outcome.evaluation.results[0]?.note).toContain('connection was refused');
    expect(existsSync(outcome.reportPath)).toBe(true);
    expect(outcome.measurements.overall.requests).toBeGreaterThan(0);
    expect(readFileSync(outcome.reportPath, 'utf8')).toContain('### Target resources');
  });

  it('sends prometheus-headers and writes the token in no file of the report', async () => {
    const token = 'prom-token-7f3c9a1e5b';
    const proxy = await startAuthProxy(prometheus.url, `Bearer ${token}`);
    try {
      const outcome = await runGate(
        settingsFor({
          thresholds: ['server_cpu: max<0.7'],
          prometheusUrl: proxy.url,
          inputs: { 'prometheus-headers': `Authorization: Bearer ${token}` },
        }),
      );
      expect(outcome.evaluation.verdict).toBe('pass');
      expect(proxy.passed()).toBeGreaterThan(0);
      expect(proxy.refused()).toBe(0);
      const files = filesUnder(outcome.reportDir);
      expect(files.length).toBeGreaterThan(2);
      for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(token);
    } finally {
      await proxy.close();
    }
  });

  it('refuses prometheus-headers in the config file, and a threshold on a metric it does not define', () => {
    let error: unknown;
    try {
      settingsFor({
        thresholds: ['server_disk: max<0.9'],
        extraYaml: ['prometheus-headers: {Authorization: Bearer abc123secret}'],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const issues = (error as SettingsError).issues;
    const text = issues.map((issue) => `${issue.where}: ${issue.message}`).join('\n');
    expect(text).toMatch(/loadgate\.yml:\d+.*prometheus-headers holds credentials/);
    expect(text).toMatch(
      /server-metrics: has no disk; expected one of server_cpu, server_memory|server_cpu or server_memory/,
    );
    expect(text).not.toContain('abc123secret');
  });
});
