import { describe, expect, it } from 'vitest';

import {
  escapeLabelValue,
  formatSampleValue,
  renderPrometheusMetrics,
  sanitizeLabelName,
} from '../src/report/prometheus-metrics.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';

const FAMILIES = [
  'loadgate_latency_p50_ms',
  'loadgate_latency_p95_ms',
  'loadgate_latency_p99_ms',
  'loadgate_throughput_rps',
  'loadgate_error_rate_percent',
  'loadgate_requests_total',
  'loadgate_slo_passed',
  'loadgate_rollback',
  'loadgate_slo_status',
];

/** Check the text format's structure and return samples as `name{labels}` → value. */
function parse(text: string): Map<string, number> {
  expect(text.endsWith('\n')).toBe(true);
  const samples = new Map<string, number>();
  const typed = new Set<string>();
  let current = '';
  for (const line of text.trimEnd().split('\n')) {
    const help = /^# HELP (\w+) (.+)$/.exec(line);
    const type = /^# TYPE (\w+) (gauge|counter)$/.exec(line);
    if (help) {
      current = help[1]!;
      continue;
    }
    if (type) {
      expect(type[1]).toBe(current);
      typed.add(type[1]!);
      continue;
    }
    const sample = /^(\w+)(\{(?:[a-zA-Z_]\w*="(?:[^"\\\n]|\\[\\"n])*",?)*\})? (\S+)$/.exec(line);
    expect(sample, line).not.toBeNull();
    expect(typed.has(sample![1]!), `${sample![1]} has HELP/TYPE first`).toBe(true);
    const key = `${sample![1]}${sample![2] ?? ''}`;
    expect(samples.has(key), `duplicate series ${key}`).toBe(false);
    samples.set(key, Number(sample![3]));
  }
  return samples;
}

describe('renderPrometheusMetrics', () => {
  const ctx = buildReportFixture({ extraResults: [hostileResult('marginal')] });
  const o = ctx.measurements.overall;

  it('exposes the headline numbers with HELP and TYPE', () => {
    const text = renderPrometheusMetrics(ctx);
    const samples = parse(text);
    for (const family of FAMILIES) {
      expect(text).toContain(`# HELP ${family} `);
    }
    expect(text).toContain('# TYPE loadgate_requests_total counter');
    expect(text).toContain('# TYPE loadgate_latency_p95_ms gauge');
    expect(samples.get('loadgate_latency_p50_ms')).toBe(o.latency.p50);
    expect(samples.get('loadgate_latency_p95_ms')).toBe(o.latency.p95);
    expect(samples.get('loadgate_latency_p99_ms')).toBe(o.latency.p99);
    expect(samples.get('loadgate_throughput_rps')).toBe(o.rps);
    expect(samples.get('loadgate_error_rate_percent')).toBeCloseTo((o.failed / o.requests) * 100, 12);
    expect(samples.get('loadgate_requests_total')).toBe(o.requests);
    expect(samples.get('loadgate_slo_passed')).toBe(0);
    expect(samples.get('loadgate_rollback')).toBe(1);
  });

  it('gives each threshold its status: 1 pass, 0.5 marginal, 0 fail, labels escaped', () => {
    const samples = parse(renderPrometheusMetrics(ctx));
    expect(samples.get('loadgate_slo_status{threshold="http_req_duration: p(95)<250"}')).toBe(1);
    expect(samples.get('loadgate_slo_status{threshold="http_req_duration: p(99)<300"}')).toBe(0.5);
    expect(samples.get('loadgate_slo_status{threshold="error_rate: 1%"}')).toBe(0);
    expect(
      samples.get(
        'loadgate_slo_status{threshold="http_req_duration{endpoint:GET /search?q=<script>&x=\\"1\\"\\\\n}: p(90)<100"}',
      ),
    ).toBe(0.5);
  });

  it('puts the given labels on every sample, sanitizing names and dropping empty values', () => {
    const text = renderPrometheusMetrics(ctx, {
      environment: 'staging',
      'target-url': 'https://x/"q"\n',
      skip: undefined,
      none: '',
    });
    const samples = parse(text);
    const labels = 'environment="staging",target_url="https://x/\\"q\\"\\n"';
    expect(samples.get(`loadgate_latency_p95_ms{${labels}}`)).toBe(o.latency.p95);
    expect(samples.get(`loadgate_slo_status{${labels},threshold="error_rate: 1%"}`)).toBe(0);
    for (const key of samples.keys()) expect(key).toContain(labels);
  });

  it('says passed for pass and marginal verdicts', () => {
    expect(
      parse(renderPrometheusMetrics(buildReportFixture({ verdict: 'pass' }))).get('loadgate_slo_passed'),
    ).toBe(1);
    expect(
      parse(renderPrometheusMetrics(buildReportFixture({ verdict: 'marginal' }))).get('loadgate_slo_passed'),
    ).toBe(1);
    expect(
      parse(renderPrometheusMetrics(buildReportFixture({ verdict: 'marginal' }))).get('loadgate_rollback'),
    ).toBe(0);
  });

  it('keeps series unique when a threshold text repeats', () => {
    const twice = buildReportFixture({ extraResults: [hostileResult('pass'), hostileResult('fail')] });
    const samples = parse(renderPrometheusMetrics(twice));
    const keys = [...samples.keys()].filter((k) => k.includes('p(90)<100'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toContain(' #2"}');
  });

  it('leaves out the status family when there are no thresholds', () => {
    const none = buildReportFixture();
    none.evaluation.results = [];
    const text = renderPrometheusMetrics(none);
    expect(text).not.toContain('loadgate_slo_status');
    parse(text);
  });
});

describe('helpers', () => {
  it('sanitizes label names and escapes values', () => {
    expect(sanitizeLabelName('run-id')).toBe('run_id');
    expect(sanitizeLabelName('1st')).toBe('_1st');
    expect(sanitizeLabelName('__name__')).toBe('x__name__');
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    expect(formatSampleValue(NaN)).toBe('NaN');
    expect(formatSampleValue(Infinity)).toBe('+Inf');
    expect(formatSampleValue(0.5)).toBe('0.5');
  });
});
