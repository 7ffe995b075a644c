import { describe, expect, it } from 'vitest';

import { findMetric, METRIC_CATALOG, METRIC_NAMES } from '../src/slo/metric-catalog.js';
import { parseThreshold, SHORT_FORM_NAMES, ThresholdSyntaxError } from '../src/slo/threshold-parser.js';
import type { Threshold } from '../src/slo/types.js';

const ORIGIN = "input 'thresholds' line 3";

function parse(text: string): Threshold {
  return parseThreshold({ text, origin: ORIGIN });
}

/** The parsed fields without source and origin. */
function fields(text: string): Omit<Threshold, 'source' | 'origin'> {
  const { source: _source, origin: _origin, ...rest } = parse(text);
  return rest;
}

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ThresholdSyntaxError);
    expect((error as Error).name).toBe('ThresholdSyntaxError');
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

const p = (
  percentile: number,
  operator: Threshold['operator'],
  limit: number,
  extra: Partial<Threshold> = {},
) => ({
  metric: 'http_req_duration',
  tags: {},
  aggregation: 'p' as const,
  percentile,
  operator,
  limit,
  ...extra,
});

describe('parseThreshold: k6 forms', () => {
  it('keeps the text (trimmed) and the origin', () => {
    expect(parseThreshold({ text: '  http_req_duration: p(95)<250 ', origin: 'cfg.yml:3:5' })).toEqual({
      source: 'http_req_duration: p(95)<250',
      origin: 'cfg.yml:3:5',
      metric: 'http_req_duration',
      tags: {},
      aggregation: 'p',
      percentile: 95,
      operator: '<',
      limit: 250,
    });
  });

  it.each([
    ['http_req_duration: p(95)<250', p(95, '<', 250)],
    ['http_req_duration: p(99.9)<=1.5s', p(99.9, '<=', 1500)],
    ['http_req_duration: p(100) < 2s', p(100, '<', 2000)],
    ['http_req_duration:p(50) >= 250ms', p(50, '>=', 250)],
    // k6 takes p(0) (the minimum) and Go's number forms inside p(…).
    ['http_req_duration: p(0)<250', p(0, '<', 250)],
    ['http_req_duration: p(9.5e1)<250', p(95, '<', 250)],
    ['http_req_duration: p(0.1)>500us', p(0.1, '>', 0.5)],
    ['http_req_duration: p(90)<1m', p(90, '<', 60_000)],
    ['http_req_duration: p(95) < 250 ms', p(95, '<', 250)],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each([
    ['avg', 'avg'],
    ['med', 'med'],
    ['min', 'min'],
    ['max', 'max'],
  ] as const)('the %s aggregation of a trend', (written, aggregation) => {
    expect(fields(`http_req_duration: ${written}==120.5`)).toEqual({
      metric: 'http_req_duration',
      tags: {},
      aggregation,
      operator: '==',
      limit: 120.5,
    });
  });

  it('every operator', () => {
    for (const operator of ['<', '<=', '>', '>=', '==', '!='] as const) {
      expect(parse(`http_req_duration: avg${operator}100`).operator).toBe(operator);
    }
  });

  it('an endpoint tag, whose value may hold spaces, colons, commas and quotes around it', () => {
    expect(fields('http_req_duration{endpoint:GET /api/trades}: p(99)<500')).toEqual(
      p(99, '<', 500, { tags: { endpoint: 'GET /api/trades' } }),
    );
    expect(parse('http_req_duration{ endpoint : GET /a:b,c }: p(99)<500').tags).toEqual({
      endpoint: 'GET /a:b,c',
    });
    expect(parse('http_req_failed{endpoint:"POST /api/cart"}: rate<0.02').tags).toEqual({
      endpoint: 'POST /api/cart',
    });
  });

  it('rates of failure: fractions or percentages', () => {
    const rate = (limit: number) => ({
      metric: 'http_req_failed',
      tags: {},
      aggregation: 'rate',
      operator: '<',
      limit,
    });
    expect(fields('http_req_failed: rate<0.01')).toEqual(rate(0.01));
    expect(fields('http_req_failed: rate<1%')).toEqual(rate(0.01));
    // Decimal percentages convert without binary noise.
    expect(parse('http_req_failed: rate<0.7%').limit).toBe(0.007);
    expect(parse('http_req_failed: rate<=100%').limit).toBe(1);
    expect(parse('http_req_failed: rate<=1').limit).toBe(1);
  });

  it('request counters: count and rate per second', () => {
    expect(fields('http_reqs: rate>100')).toEqual({
      metric: 'http_reqs',
      tags: {},
      aggregation: 'rate',
      operator: '>',
      limit: 100,
    });
    expect(fields('http_reqs: count>=1000')).toEqual({
      metric: 'http_reqs',
      tags: {},
      aggregation: 'count',
      operator: '>=',
      limit: 1000,
    });
    expect(parse('http_reqs: rate>=100/s').limit).toBe(100);
    expect(parse('http_reqs{endpoint:GET /x}: count>1e3').limit).toBe(1000);
  });

  it('data counters in bytes', () => {
    expect(fields('data_received: count>1MB')).toEqual({
      metric: 'data_received',
      tags: {},
      aggregation: 'count',
      operator: '>',
      limit: 1_000_000,
    });
    expect(parse('data_sent: rate<2KiB/s').limit).toBe(2048);
    expect(parse('data_sent: rate<500kB').limit).toBe(500_000);
    expect(parse('data_received: count>512').limit).toBe(512);
  });

  it('a marginal band above a < limit and below a > limit', () => {
    expect(fields('http_req_duration: p(99)<500 marginal 700')).toEqual(
      p(99, '<', 500, { marginalLimit: 700 }),
    );
    expect(parse('http_req_duration: p(99)<=0.5s MARGINAL 0.7s').marginalLimit).toBe(700);
    expect(fields('http_reqs: rate>100 marginal 80')).toEqual({
      metric: 'http_reqs',
      tags: {},
      aggregation: 'rate',
      operator: '>',
      limit: 100,
      marginalLimit: 80,
    });
    expect(parse('http_req_failed: rate<1% marginal 2%').marginalLimit).toBe(0.02);
  });
});

describe('parseThreshold: short forms of performance_config.yml', () => {
  it.each([
    ['p95: 250ms', 95, 250],
    ['p95: 250', 95, 250],
    ['p50: 100', 50, 100],
    ['p90: 0.2s', 90, 200],
    ['p99: 400ms', 99, 400],
    ['p99.9: 1s', 99.9, 1000],
  ])('%s is http_req_duration p(N) below the limit in ms', (text, percentile, limit) => {
    expect(fields(text)).toEqual(p(percentile, '<', limit));
  });

  it.each(['avg', 'med', 'min', 'max'] as const)('%s: 120 is http_req_duration %s<120', (name) => {
    expect(fields(`${name}: 120`)).toEqual({
      metric: 'http_req_duration',
      tags: {},
      aggregation: name,
      operator: '<',
      limit: 120,
    });
  });

  it('error_rate is in percent, with or without the sign', () => {
    const expected = {
      metric: 'http_req_failed',
      tags: {},
      aggregation: 'rate',
      operator: '<',
      limit: 0.005,
    };
    expect(fields('error_rate: 0.5%')).toEqual(expected);
    expect(fields('error_rate: 0.5')).toEqual(expected);
    expect(parse('error_rate: 1').limit).toBe(0.01);
  });

  it('throughput is http_reqs rate at or above the limit', () => {
    expect(fields('throughput: 1000')).toEqual({
      metric: 'http_reqs',
      tags: {},
      aggregation: 'rate',
      operator: '>=',
      limit: 1000,
    });
    expect(parse('throughput: 250/s').limit).toBe(250);
  });

  it('take a marginal band too', () => {
    expect(fields('p95: 250ms marginal 300ms')).toEqual(p(95, '<', 250, { marginalLimit: 300 }));
    expect(parse('error_rate: 0.5 marginal 1').marginalLimit).toBe(0.01);
    expect(parse('throughput: 1000 marginal 800').marginalLimit).toBe(800);
  });
});

describe('parseThreshold: errors say what is wrong and show the form expected', () => {
  it('never names the origin (the caller adds it)', () => {
    for (const text of ['', 'nonsense', 'http_req_duraton: p(95)<250', 'http_req_duration: p(95)<']) {
      expect(errorOf(text)).not.toContain(ORIGIN);
    }
  });

  it('an empty text', () => {
    expect(errorOf('  ')).toBe(
      'the threshold is empty; expected "metric: condition", e.g. "http_req_duration: p(95)<250" or "p95: 250ms"',
    );
  });

  it('a missing colon, suggesting the text with one when that reads', () => {
    expect(errorOf('http_req_duration p(95)<250')).toBe(
      'no ":" after the metric (did you mean "http_req_duration: p(95)<250"?); expected "metric: condition", ' +
        'e.g. "http_req_duration: p(95)<250" or "p95: 250ms"',
    );
    expect(errorOf('p95 250ms')).toContain('(did you mean "p95: 250ms"?)');
    expect(errorOf('nonsense')).toBe(
      'no ":" after the metric; expected "metric: condition", e.g. "http_req_duration: p(95)<250" or "p95: 250ms"',
    );
  });

  it('a condition without its metric', () => {
    expect(errorOf('p(95)<250')).toBe(
      'the metric is missing; expected "metric: condition", e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf(': p(95)<250')).toContain('the metric is missing before ":"');
  });

  it('an unknown metric, with did-you-mean and the known metrics', () => {
    const message = errorOf('http_req_duraton: p(95)<250');
    expect(message).toBe(
      'unknown metric "http_req_duraton" (did you mean "http_req_duration"?); expected one of http_req_duration, ' +
        'http_req_failed, http_reqs, data_received, data_sent, dropped_requests, checks, isolation_violations, capacity_rps, ' +
        'http_req_blocked, http_req_connecting, http_req_tls_handshaking, http_req_sending, http_req_waiting, ' +
        'http_req_receiving, iterations, iteration_duration, dropped_iterations, vus or vus_max, or a short form (p50, p90, p95, p99, p99.9, avg, ' +
        'med, min, max, error_rate, throughput), e.g. "http_req_duration: p(95)<250" or "p95: 250ms"',
    );
    expect(errorOf('eror_rate: 1%')).toContain('(did you mean "error_rate"?)');
    expect(errorOf('latency: 250')).toMatch(/^unknown metric "latency"; expected one of http_req_duration/);
  });

  it('an aggregation the metric does not take names the ones it does', () => {
    expect(errorOf('http_req_failed: p(95)<250')).toBe(
      '"p(95)" does not apply to http_req_failed, a rate metric; http_req_failed takes rate, ' +
        'e.g. "http_req_failed: rate<0.01"',
    );
    expect(errorOf('http_req_duration: rate<0.01')).toBe(
      '"rate" does not apply to http_req_duration, a trend metric; http_req_duration takes avg, med, min, max or ' +
        'p(N), e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_reqs: avg<5')).toContain('http_reqs takes count or rate');
  });

  it('an unknown aggregation, with did-you-mean', () => {
    expect(errorOf('http_req_duration: p95 < 250')).toBe(
      'unknown aggregation "p95" (did you mean "p(95)"?); http_req_duration takes avg, med, min, max or p(N), ' +
        'e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_req_duration: mean<250')).toContain(
      'unknown aggregation "mean" (did you mean "avg"?)',
    );
    expect(errorOf('http_req_duration: median<250')).toContain('(did you mean "med"?)');
    expect(errorOf('http_req_duration: <250')).toBe(
      'the aggregation is missing before "<250"; http_req_duration takes avg, med, min, max or p(N), ' +
        'e.g. "http_req_duration: p(95)<250"',
    );
  });

  it('a percentile out of [0, 100] or not a number', () => {
    const expected = (written: string) =>
      `the percentile "${written}" is out of range; expected p(N) with N from 0 to 100, e.g. p(95) or p(99.9)`;
    expect(errorOf('http_req_duration: p(-1)<250')).toBe(expected('p(-1)'));
    expect(errorOf('http_req_duration: p(100.5)<250')).toBe(expected('p(100.5)'));
    expect(errorOf('http_req_duration: p(x)<250')).toBe(
      '"p(x)" is not a percentile; expected p(N) with N a number from 0 to 100, e.g. p(95) or p(99.9)',
    );
    expect(errorOf('http_req_duration: p( 50 )<250')).toBe(
      '"p( 50 )" has blanks inside (did you mean "p(50)"?); k6 allows blanks around the operator only, ' +
        'e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('p101: 250')).toBe(
      'the percentile "p101" is out of range; expected pN with N from 0 to 100, e.g. p95 or p99.9',
    );
    expect(errorOf('p999: 250')).toContain('the percentile "p999" is out of range');
  });

  it('a missing or wrong operator', () => {
    expect(errorOf('http_req_duration: p(95) under 250')).toBe(
      'no comparison operator in "p(95) under 250"; expected one of <, <=, >, >=, ==, === or !=, ' +
        'e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_req_duration: p(95)=250')).toBe(
      '"=" is not a comparison operator (did you mean "=="?); expected one of <, <=, >, >=, ==, === or !=, ' +
        'e.g. "http_req_duration: p(95)<=250"',
    );
    expect(errorOf('http_req_duration: p(95)=<250')).toContain('(did you mean "<="?)');
    expect(errorOf('http_req_duration: p(95)=>250')).toContain('(did you mean ">="?)');
    expect(errorOf('http_req_duration: p(95)<>250')).toContain('(did you mean "!="?)');
  });

  it('a missing condition or limit', () => {
    expect(errorOf('http_req_duration:')).toBe(
      'the condition after ":" is missing; expected e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_req_duration: p(95)<')).toBe(
      'no limit after "<"; expected milliseconds, bare or with a unit us, ms, s or m (250, 250ms, 1.5s), ' +
        'e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('p95:')).toBe('the limit after ":" is missing; expected e.g. "p95: 250ms"');
  });

  it('a limit that is not a number, or a unit that does not fit', () => {
    expect(errorOf('http_req_duration: p(95)<fast')).toBe(
      'the limit "fast" is not a number; expected milliseconds, bare or with a unit us, ms, s or m ' +
        '(250, 250ms, 1.5s), e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_req_duration: p(95)<250kg')).toBe(
      'in the limit "250kg", the unit "kg" does not fit a duration; expected milliseconds, bare or with a unit ' +
        'us, ms, s or m (250, 250ms, 1.5s), e.g. "http_req_duration: p(95)<250"',
    );
    expect(errorOf('http_req_failed: rate<250ms')).toContain('the unit "ms" does not fit a rate');
    expect(errorOf('http_reqs: count>100/s')).toBe(
      'in the limit "100/s", the unit "/s" does not fit a count; expected a count without a unit (1000), ' +
        'e.g. "http_reqs: count>1000"',
    );
    expect(errorOf('throughput: 100ms')).toContain('the unit "ms" does not fit a rate per second');
    expect(errorOf('http_req_duration: p(95)<-5')).toContain(
      'the limit -5 is below 0, which this value never is',
    );
  });

  it('a rate above 1 asks for a percentage or a fraction', () => {
    expect(errorOf('http_req_failed: rate<5')).toBe(
      'the limit 5 is above 1, and a rate is a fraction from 0 to 1; write 5% for a percentage or a fraction such as 0.05',
    );
    expect(errorOf('http_req_failed: rate<150%')).toBe(
      'the limit 150% is above 100 %; expected a percentage from 0 to 100, e.g. "http_req_failed: rate<0.01"',
    );
    expect(errorOf('error_rate: 150')).toBe(
      'the limit 150% is above 100 %; expected a percentage from 0 to 100, e.g. "error_rate: 0.5%"',
    );
  });

  it('text after the limit', () => {
    expect(errorOf('http_req_duration: p(95)<250 ms please')).toBe(
      'unexpected "please" after the limit 250ms; expected nothing more or a marginal band, ' +
        'e.g. "http_req_duration: p(99)<500 marginal 700"',
    );
  });

  it('a marginal band without a limit, or on the passing side', () => {
    expect(errorOf('http_req_duration: p(99)<500 marginal')).toBe(
      '"marginal" needs a limit after it; expected e.g. "http_req_duration: p(99)<500 marginal 700"',
    );
    expect(errorOf('http_req_duration: p(99)<500 marginal 400')).toBe(
      'the marginal limit 400 ms must lie above the limit 500 ms, on the failing side of <; ' +
        'expected e.g. "http_req_duration: p(99)<500 marginal 700"',
    );
    expect(errorOf('http_req_duration: p(99)<=500 marginal 500')).toContain(
      'must lie above the limit 500 ms',
    );
    expect(errorOf('http_reqs: rate>100 marginal 120')).toBe(
      'the marginal limit 120 req/s must lie below the limit 100 req/s, on the failing side of >; ' +
        'expected e.g. "http_reqs: rate>100 marginal 80"',
    );
    expect(errorOf('throughput: 1000 marginal 1200')).toContain('must lie below the limit 1000 req/s');
    expect(errorOf('error_rate: 1 marginal 0.5')).toContain(
      'the marginal limit 0.5 % must lie above the limit 1 %',
    );
    expect(errorOf('http_req_duration: avg==100 marginal 120')).toBe(
      'a marginal band needs <, <=, > or >=, not ==: == has no side to fail on; ' +
        'e.g. "http_req_duration: p(99)<500 marginal 700"',
    );
  });

  it('tags: unknown key, no value, no colon, empty braces, given twice, not closed', () => {
    expect(errorOf('checks{method:GET}: rate>0.9')).toBe(
      'unknown tag "method"; checks takes check, endpoint or scenario, ' +
        'e.g. "checks{endpoint:GET /api/trades}: rate>0.99"',
    );
    expect(errorOf('http_req_duration{endpont:x}: p(95)<250')).toContain(
      'unknown tag "endpont" (did you mean "endpoint"?)',
    );
    expect(errorOf('http_req_duration{endpoint:}: p(95)<250')).toContain('the tag "endpoint" has no value');
    expect(errorOf('http_req_duration{GET /x}: p(95)<250')).toContain('the tag "GET /x" has no ":"');
    expect(errorOf('http_req_duration{}: p(95)<250')).toContain(
      'the braces after http_req_duration are empty',
    );
    expect(errorOf('http_req_duration{endpoint:a, endpoint:b}: p(95)<250')).toContain(
      'the tag "endpoint" is given twice',
    );
    expect(errorOf('http_req_duration{endpoint:GET /x: p(95)<250')).toBe(
      'the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"',
    );
    expect(errorOf('http req duration: p(95)<250')).toContain('"http req duration" is not a metric name');
  });

  it('short forms take neither an operator nor tags, and show the full form', () => {
    expect(errorOf('p95: <250')).toBe(
      'a short form takes only the limit, not an operator (p95 passes below it); expected e.g. "p95: 250ms", ' +
        'or the full form for other comparisons, e.g. "http_req_duration: p(95)<=250"',
    );
    expect(errorOf('throughput: >=100')).toContain('(throughput passes at or above it)');
    expect(errorOf('p95{endpoint:GET /x}: 250')).toBe(
      'a short form takes no tags; expected the full form, e.g. "http_req_duration{endpoint:GET /x}: p(95)<250"',
    );
    expect(errorOf('error_rate{endpoint:GET /x}: 0.5 marginal 1')).toBe(
      'a short form takes no tags; expected the full form, ' +
        'e.g. "http_req_failed{endpoint:GET /x}: rate<0.5% marginal 1%"',
    );
  });
});

describe('metric catalogue', () => {
  it('lists the HTTP metrics with their kinds, units and aggregations', () => {
    expect(METRIC_NAMES).toEqual([
      'http_req_duration',
      'http_req_failed',
      'http_reqs',
      'data_received',
      'data_sent',
      'dropped_requests',
      'checks',
      'isolation_violations',
      'capacity_rps',
      'http_req_blocked',
      'http_req_connecting',
      'http_req_tls_handshaking',
      'http_req_sending',
      'http_req_waiting',
      'http_req_receiving',
      'iterations',
      'iteration_duration',
      'dropped_iterations',
      'vus',
      'vus_max',
    ]);
    expect(findMetric('http_req_duration')).toMatchObject({ kind: 'trend', unit: 'ms', customTags: true });
    expect(findMetric('http_req_duration')?.tags).toEqual(
      expect.arrayContaining(['endpoint', 'name', 'status']),
    );
    expect(findMetric('http_req_duration')?.aggregations).toEqual(['avg', 'med', 'min', 'max', 'p']);
    expect(findMetric('http_req_failed')).toMatchObject({
      kind: 'rate',
      unit: 'ratio',
      aggregations: ['rate'],
    });
    expect(findMetric('http_reqs')).toMatchObject({
      kind: 'counter',
      unit: 'count',
      aggregations: ['count', 'rate'],
    });
    expect(findMetric('data_sent')).toMatchObject({ kind: 'counter', unit: 'bytes' });
    expect(findMetric('checks')).toMatchObject({
      kind: 'rate',
      unit: 'ratio',
      tags: ['check', 'endpoint', 'scenario'],
    });
    expect(findMetric('isolation_violations')).toMatchObject({
      kind: 'counter',
      aggregations: ['count', 'rate'],
    });
    expect(findMetric('capacity_rps')).toMatchObject({
      kind: 'gauge',
      unit: 'per_second',
      aggregations: ['value'],
      scenario: 'breakpoint',
      tags: [],
    });
    expect(parse('capacity_rps: value>=500')).toMatchObject({
      aggregation: 'value',
      operator: '>=',
      limit: 500,
    });
    expect(() => parse('capacity_rps: rate>=500')).toThrow(
      /"rate" does not apply to capacity_rps, a gauge metric/,
    );
    expect(findMetric('grpc_req_duration')).toBeUndefined();
  });

  it('every example parses, and no metric name is also a short form', () => {
    for (const metric of METRIC_CATALOG.values()) {
      expect(parse(metric.example).metric).toBe(metric.name);
      expect(SHORT_FORM_NAMES).not.toContain(metric.name);
    }
  });
});
