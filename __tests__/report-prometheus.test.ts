import { describe, expect, it } from 'vitest';

import {
  escapeLabelValue,
  formatSampleValue,
  msToSeconds,
  renderPrometheusMetrics,
  sanitizeLabelName,
} from '../src/report/prometheus-metrics.js';
import { promtoolCheckMetrics } from './helpers/promtool.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';

const FAMILIES = [
  'loadgate_request_duration_seconds',
  'loadgate_requests_total',
  'loadgate_failed_requests_total',
  'loadgate_error_ratio',
  'loadgate_throughput_requests_per_second',
  'loadgate_run_duration_seconds',
  'loadgate_run_finished_timestamp_seconds',
  'loadgate_slo_passed',
  'loadgate_rollback',
  'loadgate_slo_status',
  'loadgate_run_info',
];

/** Check the text format's structure and return samples as `name{labels}` → value. */
function parse(text: string): Map<string, number> {
  expect(text.endsWith('\n')).toBe(true);
  const samples = new Map<string, number>();
  const typed = new Set<string>();
  let current = '';
  for (const line of text.trimEnd().split('\n')) {
    const help = /^# HELP (\w+) (.+)$/.exec(line);
    const type = /^# TYPE (\w+) (gauge|counter|summary)$/.exec(line);
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
    const family = sample![1]!.replace(/_(?:sum|count)$/, '');
    expect(typed.has(sample![1]!) || typed.has(family), `${sample![1]} has HELP/TYPE first`).toBe(true);
    const key = `${sample![1]}${sample![2] ?? ''}`;
    expect(samples.has(key), `duplicate series ${key}`).toBe(false);
    samples.set(key, Number(sample![3]));
  }
  return samples;
}

describe('renderPrometheusMetrics', () => {
  const ctx = buildReportFixture({ extraResults: [hostileResult('marginal')] });
  const o = ctx.measurements.overall;

  it('exposes the headline numbers in base units with HELP and TYPE', () => {
    const text = renderPrometheusMetrics(ctx, {}, { runId: '777' });
    const samples = parse(text);
    for (const family of FAMILIES) {
      expect(text).toContain(`# HELP ${family} `);
    }
    expect(text).toContain('# TYPE loadgate_request_duration_seconds summary');
    expect(text).toContain('# TYPE loadgate_requests_total counter');
    expect(text).toContain('# TYPE loadgate_failed_requests_total counter');
    expect(text).toContain('# TYPE loadgate_error_ratio gauge');
    const latency = (q: string): number | undefined =>
      samples.get(`loadgate_request_duration_seconds{quantile="${q}"}`);
    expect(latency('0.5')).toBeCloseTo(o.latency.p50 / 1000, 9);
    expect(latency('0.9')).toBeCloseTo(o.latency.p90 / 1000, 9);
    expect(latency('0.95')).toBeCloseTo(o.latency.p95 / 1000, 9);
    expect(latency('0.99')).toBeCloseTo(o.latency.p99 / 1000, 9);
    expect(samples.get('loadgate_request_duration_seconds_count')).toBe(o.latency.count);
    expect(samples.get('loadgate_request_duration_seconds_sum')).toBeCloseTo(
      (o.latency.mean * o.latency.count) / 1000,
      5,
    );
    expect(samples.get('loadgate_throughput_requests_per_second')).toBe(o.rps);
    expect(samples.get('loadgate_error_ratio')).toBeCloseTo(o.failed / o.requests, 12);
    expect(samples.get('loadgate_requests_total')).toBe(o.requests);
    expect(samples.get('loadgate_failed_requests_total')).toBe(o.failed);
    expect(samples.get('loadgate_run_duration_seconds')).toBeCloseTo(ctx.measurements.durationMs / 1000, 9);
    expect(samples.get('loadgate_run_finished_timestamp_seconds')).toBe(
      Date.parse(ctx.measurements.finishedAt) / 1000,
    );
    expect(samples.get('loadgate_slo_passed')).toBe(0);
    expect(samples.get('loadgate_rollback')).toBe(1);
    expect(samples.get(`loadgate_run_info{verdict="fail",version="${ctx.toolVersion}",run_id="777"}`)).toBe(
      1,
    );
  });

  it('keeps float noise out of the seconds', () => {
    const text = renderPrometheusMetrics(ctx);
    for (const line of text.split('\n').filter((l) => l.startsWith('loadgate_request_duration_seconds{'))) {
      expect(line, line).toMatch(/ \d+(\.\d{1,6})?$/);
    }
    expect(msToSeconds(156.927)).toBe(0.156927);
  });

  it('puts the run id on the info metric only, so the figures stay one series across runs', () => {
    const first = renderPrometheusMetrics(ctx, {}, { runId: '1' });
    const second = renderPrometheusMetrics(ctx, {}, { runId: '2' });
    const withoutInfo = (t: string): string =>
      t
        .split('\n')
        .filter((l) => !l.includes('loadgate_run_info'))
        .join('\n');
    expect(withoutInfo(first)).toBe(withoutInfo(second));
    expect(first).toContain('run_id="1"');
    expect(renderPrometheusMetrics(ctx)).not.toContain('run_id');
  });

  it('passes promtool check metrics with no complaint, hostile labels included', () => {
    const text = renderPrometheusMetrics(
      ctx,
      {
        environment: 'qa "eu"\\west\nsecond line',
        target: 'https://canary.shop.example.com/a?b=c&d="e"',
      },
      { runId: '4242' },
    );
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, problems: [] });
    // The check bites: the former names are refused.
    const old =
      '# HELP loadgate_latency_p95_ms p95.\n# TYPE loadgate_latency_p95_ms gauge\nloadgate_latency_p95_ms 1\n';
    const refused = promtoolCheckMetrics(old);
    expect(refused.status).not.toBe(0);
    expect(refused.problems.join('\n')).toContain('abbreviated units');
  });

  it('passes promtool for a pass verdict with no thresholds and no requests', () => {
    const empty = buildReportFixture({ verdict: 'pass' });
    empty.evaluation.results = [];
    empty.measurements.overall = { ...empty.measurements.overall, requests: 0, failed: 0, rps: 0 };
    const text = renderPrometheusMetrics(empty);
    expect(parse(text).get('loadgate_error_ratio')).toBe(0);
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, problems: [] });
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
    expect(samples.get(`loadgate_request_duration_seconds{${labels},quantile="0.95"}`)).toBeCloseTo(
      o.latency.p95 / 1000,
      9,
    );
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
