/**
 * The threshold grammar's baseline on the right-hand side (slo/relative-limits.ts):
 * every form it takes, in the full form, the short forms and the config file's
 * mappings, and every form it refuses, with the message that says what to write.
 */
import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import { SettingsError } from '../src/config/settings-error.js';
import { formatCondition } from '../src/report/format.js';
import { parseThreshold, ThresholdSyntaxError } from '../src/slo/threshold-parser.js';
import type { RelativeBound, Threshold } from '../src/slo/types.js';

function parse(text: string): Threshold {
  return parseThreshold({ text, origin: 'x' });
}

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ThresholdSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

const ratio = (factor: number): RelativeBound => ({ form: 'ratio', factor });
const difference = (delta: number): RelativeBound => ({ form: 'difference', delta });

describe('relative limits: the forms taken', () => {
  it.each([
    ['http_req_duration: p(95) < baseline * 1.10', 'http_req_duration', 'p', '<', ratio(1.1)],
    ['http_req_duration: p(95) < baseline + 20ms', 'http_req_duration', 'p', '<', difference(20)],
    ['http_req_duration: p(99)<=baseline+0.5s', 'http_req_duration', 'p', '<=', difference(500)],
    ['http_req_duration: avg < baseline × 1.2', 'http_req_duration', 'avg', '<', ratio(1.2)],
    ['http_req_duration: med < baseline * 1.05', 'http_req_duration', 'med', '<', ratio(1.05)],
    ['http_reqs: rate > baseline * 0.8', 'http_reqs', 'rate', '>', ratio(0.8)],
    ['http_reqs: rate >= baseline + 10/s', 'http_reqs', 'rate', '>=', difference(10)],
    ['http_req_failed: rate < baseline + 0.01', 'http_req_failed', 'rate', '<', difference(0.01)],
    ['http_req_failed: rate < baseline + 1%', 'http_req_failed', 'rate', '<', difference(0.01)],
    ['data_received: count > baseline * 0.9', 'data_received', 'count', '>', ratio(0.9)],
    ['checks: rate > baseline * 0.99', 'checks', 'rate', '>', ratio(0.99)],
  ])('%s', (text, metric, aggregation, operator, tolerance) => {
    const t = parse(text);
    expect(t).toMatchObject({ metric, aggregation, operator, relative: { tolerance } });
    expect(t.relative!.marginal).toBeUndefined();
    // `limit` carries the bound's number, so older readers see k or d.
    expect(t.limit).toBe('factor' in tolerance ? tolerance.factor : tolerance.delta);
  });

  it('takes tags as a plain threshold does', () => {
    const t = parse('http_req_duration{endpoint:GET /api/trades}: p(95) < baseline * 1.1');
    expect(t.tags).toEqual({ endpoint: 'GET /api/trades' });
    expect(t.relative).toEqual({ tolerance: ratio(1.1) });
  });

  it('takes a marginal band of the same form, on the failing side', () => {
    expect(parse('http_req_duration: p(95) < baseline * 1.05 marginal baseline * 1.15')).toMatchObject({
      limit: 1.05,
      marginalLimit: 1.15,
      relative: { tolerance: ratio(1.05), marginal: ratio(1.15) },
    });
    expect(parse('http_reqs: rate > baseline * 0.9 marginal baseline * 0.8').relative).toEqual({
      tolerance: ratio(0.9),
      marginal: ratio(0.8),
    });
    expect(parse('http_req_duration: p(95) < baseline + 10ms marginal baseline + 30ms').relative).toEqual({
      tolerance: difference(10),
      marginal: difference(30),
    });
  });

  it('takes the short forms: p95, error_rate (a bare number is percent) and throughput', () => {
    expect(parse('p95: baseline * 1.1')).toMatchObject({
      metric: 'http_req_duration',
      percentile: 95,
      operator: '<',
      relative: { tolerance: ratio(1.1) },
    });
    expect(parse('error_rate: baseline + 1%').relative).toEqual({ tolerance: difference(0.01) });
    expect(parse('error_rate: baseline + 1').relative).toEqual({ tolerance: difference(0.01) });
    expect(parse('throughput: baseline * 0.8')).toMatchObject({
      metric: 'http_reqs',
      operator: '>=',
      relative: { tolerance: ratio(0.8) },
    });
    expect(parse('p99: baseline * 1.05 marginal baseline * 1.2').relative).toEqual({
      tolerance: ratio(1.05),
      marginal: ratio(1.2),
    });
  });

  it('is written back as it reads in reports', () => {
    expect(formatCondition(parse('p95: baseline * 1.1 marginal baseline * 1.2'))).toBe(
      '< baseline * 1.1 marginal baseline * 1.2',
    );
    expect(formatCondition(parse('error_rate: baseline + 1%'))).toBe('< baseline + 1%');
  });
});

describe('relative limits: the forms refused', () => {
  it.each([
    ['http_req_duration: baseline * 1.1 > p(95)', /"baseline" goes right of the operator/],
    ['http_req_duration: p(95) < baseline - 5ms', /subtracts from the baseline.*"baseline \* 0\.9"/],
    ['http_req_duration: p(95) < baseline / 2', /divides the baseline.*"baseline \* 0\.5"/],
    ['http_req_duration: p(95) == baseline * 1', /== cannot compare with the baseline/],
    ['http_req_failed: rate != baseline + 0.01', /!= cannot compare with the baseline/],
    ['http_req_duration: p(95) < baseline', /"baseline" needs a factor or an allowance/],
    ['http_req_duration: p(95) < baseline * 0', /must be above 0/],
    ['http_req_duration: p(95) < baseline * 10ms', /a factor takes no unit \(write "baseline \+ 10ms"/],
    [
      'http_req_duration: p(95) < baseline % 2',
      /not a baseline bound; expected "baseline \* k" or "baseline \+ d"/,
    ],
    ['http_req_failed: rate < baseline + 2', /above 1, and a rate is a fraction/],
    ['http_req_duration: p(95) < baseline + 5kB', /the unit "kB" does not fit a duration/],
    [
      'http_req_duration: p(95) < baseline * 1.05 marginal baseline + 20ms',
      /another form than the limit.*both with "\*" or both with "\+"/,
    ],
    ['http_req_duration: p(95) < baseline * 1.05 marginal 300', /is absolute and the limit relative/],
    ['http_req_duration: p(95) < 250 marginal baseline * 1.2', /is absolute and its marginal band relative/],
    [
      'http_req_duration: p(95) < baseline * 1.2 marginal baseline * 1.1',
      /must lie above the limit baseline \* 1\.2, on the failing side of </,
    ],
    ['http_reqs: rate > baseline * 0.8 marginal baseline * 0.9', /must lie below the limit baseline \* 0\.8/],
    [
      'http_req_duration: p(95) < baseline * 1.1 abortOnFail',
      /abortOnFail cannot stop the load on a relative/,
    ],
    [
      'p95{endpoint:GET /a}: baseline * 1.1',
      /"http_req_duration\{endpoint:GET \/a\}: p\(95\) < baseline \* 1\.1"/,
    ],
  ])('%s', (text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});

describe('relative thresholds in the settings', () => {
  const readFile = (text: string) => (file: string) => (file.endsWith('loadgate.yml') ? text : undefined);

  it('reads the config mapping and short forms the same way, and refuses them without a baseline source', () => {
    const config = [
      'target-url: https://canary.example.com',
      'thresholds:',
      '  http_req_duration: ["p(95) < baseline * 1.10"]',
      '  latency: {p99: "baseline + 20ms"}',
      '  p95: baseline * 1.1',
      '  error_rate: baseline + 1%',
      '  throughput: baseline * 0.8',
      '',
    ].join('\n');
    let error: unknown;
    try {
      resolveSettings(rawInputs(), { workspace: '/ws', readFile: readFile(config) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const issues = (error as SettingsError).issues;
    // One issue per relative threshold, at its file:line, each saying which inputs give a baseline.
    expect(issues.map((issue) => issue.where).sort()).toEqual([
      '.github/loadgate.yml:3:23 (thresholds.http_req_duration[0])',
      '.github/loadgate.yml:4:18 (thresholds.latency.p99)',
      '.github/loadgate.yml:5:8 (thresholds.p95)',
      '.github/loadgate.yml:6:15 (thresholds.error_rate)',
      '.github/loadgate.yml:7:15 (thresholds.throughput)',
    ]);
    const byWhere = (line: number) => issues.find((issue) => issue.where.includes(`:${line}:`))!.message;
    expect(byWhere(3)).toBe(
      'got "http_req_duration: p(95) < baseline * 1.10", which compares with the baseline, but no baseline is configured; ' +
        'it needs a baseline: set baseline-url, baseline-results or baseline-artifact',
    );
    expect(byWhere(4)).toContain('"p99: baseline + 20ms"');
    expect(byWhere(6)).toContain('"error_rate: baseline + 1%"');
  });

  it('names the input line of a refused relative threshold', () => {
    let error: unknown;
    try {
      resolveSettings(
        rawInputs({
          'target-url': 'https://canary.example.com',
          thresholds: 'http_req_failed: rate<0.01\nhttp_req_duration: p(95) < baseline - 5ms',
        }),
        { workspace: '/ws' },
      );
    } catch (caught) {
      error = caught;
    }
    const issues = (error as SettingsError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toBe("input 'thresholds' line 2");
    expect(issues[0]!.message).toMatch(
      /^got "http_req_duration: p\(95\) < baseline - 5ms"; the limit .*baseline \* 0\.9/,
    );
  });
});
