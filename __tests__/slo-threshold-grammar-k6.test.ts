/**
 * The threshold grammar against k6's own tests, row by row (grafana/k6 at 87883075,
 * metrics/thresholds_parser_test.go, metrics/metric_test.go, metrics/thresholds_test.go,
 * lib/types/types_test.go). Each row names the k6 test it comes from. k6 parses the
 * condition alone (`p(95)<200`) with the metric as the mapping's key; here a row is the
 * whole text `metric{tags}: condition`, with a metric that takes the aggregation.
 * Where loadgate deliberately differs the row says so (docs/k6-compatibility.md).
 */
import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import { SettingsError } from '../src/config/settings-error.js';
import { parseGoFloat } from '../src/syntax/go-float.js';
import { readK6Duration } from '../src/syntax/k6-duration.js';
import { splitTagList } from '../src/slo/threshold-condition.js';
import { parseThreshold, ThresholdSyntaxError } from '../src/slo/threshold-parser.js';
import type { Threshold } from '../src/slo/types.js';
import { translateK6Threshold } from '../src/sources/k6/k6-threshold-text.js';

const parse = (text: string): Threshold => parseThreshold({ text, origin: 'test' });

function refusal(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ThresholdSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

/** The metric that takes each of k6's aggregations, for k6's condition-only rows. */
const METRIC_FOR: Readonly<Record<string, string>> = {
  count: 'http_reqs',
  rate: 'http_req_failed',
  value: 'capacity_rps',
  avg: 'http_req_duration',
  min: 'http_req_duration',
  max: 'http_req_duration',
  med: 'http_req_duration',
  p: 'http_req_duration',
};

describe('k6 TestParseThresholdExpression (thresholds_parser_test.go)', () => {
  it.each([
    // "unknown expression's operator fails"
    ['http_reqs: count!20', undefined],
    // "unknown expression's method fails"
    ['http_reqs: foo>20', undefined],
    // "non numerical expression's value fails"
    ['http_reqs: count>abc', undefined],
    // "valid threshold expression syntax"
    ['http_reqs: count>20', { aggregation: 'count', operator: '>', limit: 20 }],
  ])('%s', (text, expected) => {
    if (expected === undefined) expect(() => parse(text)).toThrow(ThresholdSyntaxError);
    else expect(parse(text)).toMatchObject(expected);
  });
});

describe('k6 TestParseThresholdAggregationMethod (thresholds_parser_test.go)', () => {
  it.each([
    // "count method is parsed", "rate method is parsed", "value method is parsed",
    // "avg/min/max/med method is parsed"
    ['count', 'count', undefined],
    ['rate', 'rate', undefined],
    ['value', 'value', undefined],
    ['avg', 'avg', undefined],
    ['min', 'min', undefined],
    ['max', 'max', undefined],
    ['med', 'med', undefined],
    // "percentile method with integer value is parsed"
    ['p(99)', 'p', 99],
    // "percentile method with floating point value is parsed"
    ['p(99.9)', 'p', 99.9],
    // "percentile method with zero value is parsed"
    ['p(0)', 'p', 0],
    // "percentile method with 100 value is parsed"
    ['p(100)', 'p', 100],
  ] as const)('%s is accepted', (written, aggregation, percentile) => {
    const metric = METRIC_FOR[aggregation] ?? '';
    const limit = aggregation === 'rate' ? '0.5' : '20';
    const parsed = parse(`${metric}: ${written}<${limit}`);
    expect(parsed.aggregation).toBe(aggregation);
    expect(parsed.percentile).toBe(percentile);
  });

  it.each([
    // "parsing invalid method fails"
    ['foo', 'unknown aggregation "foo"'],
    // "parsing empty percentile expression fails"
    ['p()', '"p()" is not a percentile'],
    // "parsing incomplete percentile expression fails"
    ['p(99', 'unknown aggregation "p(99"'],
    // "parsing non-numerical percentile value fails"
    ['p(foo)', '"p(foo)" is not a percentile'],
    // "parsing negative percentile value fails"
    ['p(-1)', 'the percentile "p(-1)" is out of range'],
    // "parsing percentile value greater than 100 fails"
    ['p(101)', 'the percentile "p(101)" is out of range'],
    // "parsing NaN percentile value fails"
    ['p(NaN)', 'the percentile "p(NaN)" is out of range'],
    // "parsing infinite percentile value fails"
    ['p(+Inf)', 'the percentile "p(+Inf)" is out of range'],
  ])('%s is refused', (written, message) => {
    expect(refusal(`http_req_duration: ${written}<20`)).toContain(message);
  });

  it('inside p(…) a number as Go reads it, and no blanks (k6 reads p( 95 ) as no number)', () => {
    expect(parse('http_req_duration: p(95.)<20').percentile).toBe(95);
    expect(parse('http_req_duration: p(9.5e1)<20').percentile).toBe(95);
    expect(parse('http_req_duration: p(+50)<20').percentile).toBe(50);
    expect(parse('http_req_duration: p(0x1p6)<20').percentile).toBe(64);
    expect(refusal('http_req_duration: p( 95 )<20')).toContain(
      '"p( 95 )" has blanks inside (did you mean "p(95)"?)',
    );
    expect(refusal('http_req_duration: p (95)<20')).toContain(
      '"p (95)" has blanks inside (did you mean "p(95)"?)',
    );
    expect(refusal('http_req_duration: P(95)<20')).toContain('unknown aggregation "P(95)"');
    expect(refusal('http_req_duration: AVG<20')).toContain('unknown aggregation "AVG" (did you mean "avg"?)');
  });
});

describe('k6 TestScanThresholdExpression (thresholds_parser_test.go)', () => {
  it.each([
    // "expression with <= / < / >= / > / === / == / != operator is scanned"
    ['avg<=250', '<='],
    ['avg<250', '<'],
    ['avg>=250', '>='],
    ['avg>250', '>'],
    ['avg===250', '=='],
    ['avg==250', '=='],
    ['avg!=250', '!='],
    // "expression's method is trimmed", "expression's value is trimmed"
    ['  avg  <=250', '<='],
    ['avg<=  250  ', '<='],
  ])('%s', (condition, operator) => {
    expect(parse(`http_req_duration: ${condition}`)).toMatchObject({
      aggregation: 'avg',
      operator,
      limit: 250,
    });
  });

  it('"expression with unknown operator fails": avg!250', () => {
    expect(refusal('http_req_duration: avg!250')).toContain('"!" is not a comparison operator');
  });

  it('=== is judged as == (k6 TestThreshold_runNoTaint "valid expression using the === operator")', () => {
    expect(parse('http_reqs: count===3')).toMatchObject({ operator: '==', limit: 3 });
  });

  it('blanks are Go blanks: tabs and newlines around the operator too', () => {
    expect(parse('http_req_duration:\tp(95)\t<\t250\n')).toMatchObject({ percentile: 95, limit: 250 });
  });
});

describe("the limit: Go's strconv.ParseFloat, which k6 uses", () => {
  it.each([
    ['1e3', 1000],
    ['.5', 0.5],
    ['5.', 5],
    ['+5', 5],
    ['1_000', 1000],
    ['0x1p4', 16],
    ['0x1.8p1', 3],
    ['1E2', 100],
  ])('count>%s is a limit of %d', (written, limit) => {
    expect(parse(`http_reqs: count>${written}`).limit).toBe(limit);
  });

  it.each([
    // Go wants a p exponent on a hex float, and a digit on each side of an underscore.
    ['0x10', 'is not a number (Go, as k6, reads hex only with a p exponent: 0x10p0)'],
    ['1__0', 'is not a number'],
    ['_10', 'is not a number'],
    ['10_', 'is not a number'],
    // Go's ErrRange: k6 refuses it too.
    ['1e400', 'is too large'],
    // Go takes these; a gate cannot use them (always false, or never fails).
    ['NaN', 'is not a finite number'],
    ['Inf', 'is not a finite number'],
    ['-Infinity', 'is not a finite number'],
    ['-1', 'is below 0'],
  ])('count>%s is refused', (written, message) => {
    expect(refusal(`http_reqs: count>${written}`)).toContain(message);
  });

  it('loadgate units follow a number only where k6 would refuse the text', () => {
    expect(parse('http_req_duration: p(95)<1e3').limit).toBe(1000);
    expect(parse('http_req_duration: p(95)<1e3ms').limit).toBe(1000);
    expect(parse('http_req_duration: p(95)<1.5s').limit).toBe(1500);
    expect(parse('http_req_duration: p(95) < 1.5 s').limit).toBe(1500);
  });

  it('parseGoFloat follows strconv.ParseFloat on the forms Go tests (atof_test.go)', () => {
    expect(parseGoFloat('1_23.50_0_0e+1_2')).toBe(1.235e14);
    expect(parseGoFloat('0x_1_2.3_4_5p+1_2')).toBe(74565);
    expect(parseGoFloat('-0x1p-2')).toBe(-0.25);
    expect(parseGoFloat('infinity')).toBe(Infinity);
    expect(parseGoFloat('+INF')).toBe(Infinity);
    expect(parseGoFloat('nan')).toBeNaN();
    for (const refused of [
      '-_123.5e+12',
      '123._5e+12',
      '123.5e+_12',
      '+nan',
      'infin',
      '',
      ' 1',
      '1e',
      '0x1e2',
    ]) {
      expect(parseGoFloat(refused), refused).toBeUndefined();
    }
  });
});

describe('k6 TestParseMetricName (metric_test.go)', () => {
  it('"metric name without tags"', () => {
    expect(parse('http_req_duration: p(95)<1').tags).toEqual({});
  });

  it.each([
    // "metric name with single tag"
    ['abc:123', [['abc', '123']]],
    // "metric name with multiple tags"
    [
      'abc:123,easyas:doremi',
      [
        ['abc', '123'],
        ['easyas', 'doremi'],
      ],
    ],
    // "metric name with multiple spaced tags"
    [
      'abc:123, easyas:doremi',
      [
        ['abc', '123'],
        ['easyas', 'doremi'],
      ],
    ],
    // "metric name with group tag"
    ['group:::mygroup', [['group', '::mygroup']]],
    // "metric name with valid name and repeated curly braces tokens in tags definition"
    ['name:http://${}.com', [['name', 'http://${}.com']]],
    // "... repeated curly braces and colon tokens in tags definition"
    [
      'name:http://${}.com,url:ssh://github.com:grafana/k6',
      [
        ['name', 'http://${}.com'],
        ['url', 'ssh://github.com:grafana/k6'],
      ],
    ],
  ])('{%s} splits into ordered pairs', (tagText, pairs) => {
    expect(splitTagList(tagText, 'e.g.').map(({ key, value }) => [key, value])).toEqual(pairs);
  });

  it('braces and colons in a value reach the tag whole, in the full text too', () => {
    expect(parse('http_req_duration{endpoint:http://${}.com}: p(95)<1').tags).toEqual({
      endpoint: 'http://${}.com',
    });
    expect(parse('http_req_duration{endpoint:a{b}: p(95)<1').tags).toEqual({ endpoint: 'a{b' });
    expect(parse('http_req_duration{endpoint:ssh://h:22/x}: p(95)<1').tags).toEqual({
      endpoint: 'ssh://h:22/x',
    });
  });

  it.each([
    // "metric name with tag definition missing `:value`"
    ['http_req_duration{easyas}: p(95)<1', 'the tag "easyas" has no ":"'],
    // "metric name with tag definition missing value"
    ['http_req_duration{easyas:}: p(95)<1', 'the tag "easyas" has no value'],
    // "metric name with mixed valid and invalid tag definitions"
    ['http_req_duration{endpoint:x,easyas:}: p(95)<1', 'the tag "easyas" has no value'],
    // "metric name with valid name and unmatched opening tags definition token"
    ['http_req_duration{endpoint:x,easyas:doremi: p(95)<1', 'the tags are not closed'],
    // "metric name with valid name and unmatched closing tags definition token"
    ['http_req_durationabc:123}: p(95)<1', 'unknown metric "http_req_durationabc"'],
    // "metric name with valid name and invalid starting tags definition token"
    ['http_req_duration}abc:123,easyas:doremi}: p(95)<1', 'is not a metric name'],
    // "metric name with valid name and invalid curly braces in tags definition"
    ['http_req_duration}abc{bar: p(95)<1', 'the tags are not closed'],
    // "metric name with valid name and trailing characters after closing curly brace"
    [
      'http_req_duration{endpoint:ba}r: p(95)<1',
      'unexpected "r: p(95)<1" after the "}" that closes the tags',
    ],
  ])('%s is refused', (text, message) => {
    expect(refusal(text)).toContain(message);
  });

  it('a blank between the metric and "{" is refused: k6 reads "metric " as the name', () => {
    expect(refusal('http_req_duration {endpoint:x}: p(95)<1')).toContain(
      'a blank between the metric and its tags (did you mean "http_req_duration{endpoint:x}"?)',
    );
  });
});

describe('k6 TestAddSubmetric (metric_test.go): blanks and quotes around keys and values', () => {
  it.each([
    // `a:1`, ` a : 1 `
    ['a:1', [['a', '1']]],
    [' a : 1 ', [['a', '1']]],
    // `a:1,b:2`, ` a : 1, b : 2 `
    [
      'a:1,b:2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      ' a : 1, b : 2 ',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    // `a : '1' , b : "2"`
    [
      `a : '1' , b : "2"`,
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    // `" a" : ' 1' , b : "2 " `: blanks inside the quotes stay
    [
      `" a" : ' 1' , b : "2 " `,
      [
        [' a', ' 1'],
        ['b', '2 '],
      ],
    ],
    // ` a:"",b: ''`: k6 takes empty values (the per-metric check refuses them here)
    [
      ` a:"",b: ''`,
      [
        ['a', ''],
        ['b', ''],
      ],
    ],
  ])('{%s}', (tagText, pairs) => {
    expect(splitTagList(tagText, 'e.g.').map(({ key, value }) => [key, value])).toEqual(pairs);
  });

  it.each([
    // "" and "  ": "submetric criteria … cannot be empty"
    ['', 'the braces are empty'],
    ['  ', 'the braces are empty'],
    // "a", "a,b": AddSubmetric would take them, but k6's ParseMetricName refuses a tag without ":" first
    ['a', 'the tag "a" has no ":"'],
    ['a,b', 'the tag "a,b" has no ":"'],
    // an empty part between commas (ParseMetricName: no value)
    ['a:1,,b:2', 'an empty tag between commas'],
    ['a:1,', 'an empty tag between commas'],
  ])('{%s} is refused', (tagText, message) => {
    expect(() => splitTagList(tagText, 'e.g.')).toThrow(message);
  });

  it('a quoted endpoint name, and an empty value refused by the metric check (k6 takes {endpoint:""})', () => {
    expect(parse(`http_req_failed{endpoint:"POST /api/cart"}: rate<0.02`).tags).toEqual({
      endpoint: 'POST /api/cart',
    });
    expect(parse(`http_req_failed{ 'endpoint' : 'x' }: rate<0.02`).tags).toEqual({ endpoint: 'x' });
    expect(refusal('http_req_failed{endpoint:""}: rate<0.02')).toContain('the tag "endpoint" has no value');
  });

  it('a tag twice: once with the same value (k6: the same set); refused with two values (k6 keeps the last)', () => {
    expect(parse('http_req_duration{endpoint:x, endpoint:"x"}: p(95)<1').tags).toEqual({ endpoint: 'x' });
    expect(refusal('http_req_duration{endpoint:x,endpoint:y}: p(95)<1')).toContain(
      'the tag "endpoint" is given twice, as "x" and "y"',
    );
  });

  it('a comma in a value: k6 refuses the part without ":"; loadgate reads it as the rest of the value', () => {
    expect(parse('http_req_duration{endpoint:GET /a,b}: p(95)<1').tags).toEqual({ endpoint: 'GET /a,b' });
    expect(parse('http_req_duration{endpoint:"GET /a,b"}: p(95)<1').tags).toEqual({ endpoint: 'GET /a,b' });
    // Every part has ":", so k6 splits it, and so does loadgate: "b" is a key of its own
    // (a custom tag, which the settings then hold to the tags the endpoints declare).
    expect(parse('http_req_duration{endpoint:"a,b:c"}: p(95)<1').tags).toEqual({ endpoint: 'a', b: 'c' });
  });
});

describe('k6 TestThresholdsJSON (thresholds_test.go) in the config file', () => {
  const settingsOf = (yaml: string) =>
    resolveSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1' }), {
      workspace: '/w',
      readFile: () => yaml,
    });
  const issuesOf = (yaml: string) => {
    try {
      settingsOf(yaml);
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as SettingsError).issues;
    }
    throw new Error('expected a SettingsError');
  };
  const thresholdsOf = (list: string) =>
    settingsOf(`thresholds:\n  http_req_failed: ${list}\n`).thresholds.map((t) => ({
      source: t.source,
      abortOnFail: t.abortOnFail ?? false,
      delayAbortEvalMs: t.delayAbortEvalMs,
    }));

  it.each([
    // `[]`: no threshold on the metric
    ['[]', []],
    // `["rate<0.01"]`, `["rate<0.01","p(95)<200"]` (one metric here: rate only)
    ['["rate<0.01"]', [{ source: 'http_req_failed: rate<0.01', abortOnFail: false }]],
    // `[{"threshold":"rate<0.01"}]`
    ['[{"threshold":"rate<0.01"}]', [{ source: 'http_req_failed: rate<0.01', abortOnFail: false }]],
    // `[{"threshold":"rate<0.01","abortOnFail":true,"delayAbortEval":null}]`
    [
      '[{"threshold":"rate<0.01","abortOnFail":true,"delayAbortEval":null}]',
      [{ source: 'http_req_failed: rate<0.01 abortOnFail', abortOnFail: true }],
    ],
    // `[{"threshold":"rate<0.01","abortOnFail":true,"delayAbortEval":"2s"}]`
    [
      '[{"threshold":"rate<0.01","abortOnFail":true,"delayAbortEval":"2s"}]',
      [
        {
          source: 'http_req_failed: rate<0.01 abortOnFail delayAbortEval=2s',
          abortOnFail: true,
          delayAbortEvalMs: 2000,
        },
      ],
    ],
    // `[{"threshold":"rate<0.01","abortOnFail":false}]`
    [
      '[{"threshold":"rate<0.01","abortOnFail":false}]',
      [{ source: 'http_req_failed: rate<0.01', abortOnFail: false }],
    ],
    // `[{"threshold":"rate<0.01"}, "p(95)<200"]` (with a condition this metric takes)
    [
      '[{"threshold":"rate<0.01"}, "rate<0.05"]',
      [
        { source: 'http_req_failed: rate<0.01', abortOnFail: false },
        { source: 'http_req_failed: rate<0.05', abortOnFail: false },
      ],
    ],
    // k6 TestNullDuration "Number": a number is milliseconds
    [
      '[{threshold: "rate<0.01", abortOnFail: true, delayAbortEval: 75000}]',
      [
        {
          source: 'http_req_failed: rate<0.01 abortOnFail delayAbortEval=75000',
          abortOnFail: true,
          delayAbortEvalMs: 75_000,
        },
      ],
    ],
    // delayAbortEval without abortOnFail does nothing in k6, and is taken here too
    [
      '[{threshold: "rate<0.01", delayAbortEval: 10s}]',
      [{ source: 'http_req_failed: rate<0.01', abortOnFail: false }],
    ],
  ])('%s', (list, expected) => {
    expect(thresholdsOf(list)).toEqual(expected);
  });

  it('a delay k6 refuses, or a negative one, is one issue at its line naming the value and the form', () => {
    const issues = issuesOf(
      'thresholds:\n  http_req_failed:\n    - {threshold: "rate<0.01", abortOnFail: true, delayAbortEval: soon}\n',
    );
    expect(issues).toEqual([
      {
        where: expect.stringMatching(
          /^\.github\/loadgate\.yml:3:\d+ \(thresholds\.http_req_failed\[0\]\.delayAbortEval\)$/,
        ),
        message:
          'got "soon": "soon" is not a duration; expected a duration such as "10s" or "1m30s", a number of milliseconds such as 10000, or null',
      },
    ]);
    const negative = issuesOf(
      'thresholds:\n  http_req_failed: [{threshold: "rate<0.01", abortOnFail: true, delayAbortEval: -5s}]\n',
    );
    expect(negative[0]?.message).toContain('is negative');
  });

  it('refused here though k6 takes them: a null list (k6: none), an unknown key of the object form (k6 ignores it)', () => {
    expect(issuesOf('thresholds:\n  http_req_failed:\n')[0]?.message).toMatch(/, or \[\] for none$/);
    expect(
      issuesOf('thresholds:\n  http_req_failed: [{threshold: "rate<0.01", abortOnFial: true}]\n')[0]?.message,
    ).toBe('unknown key "abortOnFial"; did you mean "abortOnFail"?');
  });

  it('the metric key is k6\'s: no blank before "{"', () => {
    const issues = issuesOf('thresholds:\n  "http_req_failed {endpoint:x}": ["rate<0.01"]\n');
    expect(issues[0]?.message).toContain('a blank between the metric and its tags');
  });
});

describe('k6 TestParseExtendedDuration and TestNullDuration (lib/types/types_test.go): delayAbortEval', () => {
  it.each([
    ['1.12s', 1120],
    ['0d1.12s', 1120],
    ['10d1.12s', 240 * 3_600_000 + 1120],
    ['1s', 1000],
    ['1d', 24 * 3_600_000],
    ['20d', 480 * 3_600_000],
    ['1d23h', 47 * 3_600_000],
    ['1d24h15m', 48 * 3_600_000 + 15 * 60_000],
    ['1d25h80m', 50 * 3_600_000 + 20 * 60_000],
    ['0d25h120m80s', 27 * 3_600_000 + 80_000],
    ['2d1ns', 48 * 3_600_000 + 1e-6],
    // TestDuration JSON Unmarshal "Seconds", "String", "Extended"
    ['75s', 75_000],
    ['1m15s', 75_000],
    ['1d2h1m15s', 26 * 3_600_000 + 75_000],
    // ParseExtendedDuration reads a bare number as milliseconds
    ['10000', 10_000],
    ['1.5h', 5_400_000],
    ['250us', 0.25],
    ['1µs', 0.001],
  ])('%s is %d ms', (text, ms) => {
    expect(readK6Duration(text)).toEqual({ ok: true, ms });
  });

  it('a number is milliseconds, null is no delay (TestNullDuration "Number", TestThresholdsJSON null)', () => {
    expect(readK6Duration(75000)).toEqual({ ok: true, ms: 75_000 });
    expect(readK6Duration(null)).toEqual({ ok: true, ms: null });
  });

  it.each(['', 'd', 'd2h', '2.1d', '2d-2h', '-2d-2h', '2+d', '2da', '2-d', '1 s', '5x', '1s1'])(
    '%j is refused, as in k6',
    (text) => {
      expect(readK6Duration(text).ok).toBe(false);
    },
  );

  it('refused here though k6 takes them: a negative delay, infinity, NaN', () => {
    for (const value of ['-1d2h', '-1d24h', '-5s', -1, Infinity, Number.NaN, 'Inf']) {
      expect(readK6Duration(value).ok, String(value)).toBe(false);
    }
  });

  it('in a line: delayAbortEval=<k6 duration>', () => {
    expect(parse('http_req_failed: rate<0.05 abortOnFail delayAbortEval=1m30s').delayAbortEvalMs).toBe(
      90_000,
    );
    expect(parse('http_req_failed: rate<0.05 abortOnFail delayAbortEval=500').delayAbortEvalMs).toBe(500);
    expect(refusal('http_req_failed: rate<0.05 abortOnFail delayAbortEval=-5s')).toContain('is negative');
  });
});

describe('thresholds read from k6 files', () => {
  const k6 = (
    metric: string,
    text: string,
    extra: { abortOnFail?: boolean; delayAbortEval?: number | string | null } = {},
  ) =>
    translateK6Threshold({
      metric,
      text,
      abortOnFail: extra.abortOnFail ?? false,
      where: 'k6.json:1',
      ...extra,
    });

  it('take === and the tags as k6 split them', () => {
    expect(k6('http_reqs', 'count===3')).toMatchObject({ operator: '==', limit: 3 });
    expect(k6('http_req_duration{name:"login"}', 'p(0)<100')).toMatchObject({
      tags: { endpoint: 'login' },
      percentile: 0,
    });
  });

  it('delayAbortEval as k6 writes it: a duration string, a number of ms or null; without abortOnFail it does nothing', () => {
    expect(k6('http_req_failed', 'rate<0.1', { abortOnFail: true, delayAbortEval: '1m0s' })).toMatchObject({
      abortOnFail: true,
      delayAbortEvalMs: 60_000,
    });
    expect(k6('http_req_failed', 'rate<0.1', { abortOnFail: true, delayAbortEval: 1500 })).toMatchObject({
      delayAbortEvalMs: 1500,
    });
    const none = k6('http_req_failed', 'rate<0.1', { abortOnFail: true, delayAbortEval: null });
    expect(none).toMatchObject({ abortOnFail: true });
    expect(none).not.toHaveProperty('delayAbortEvalMs');
    expect(k6('http_req_failed', 'rate<0.1', { delayAbortEval: '10s' })).not.toHaveProperty(
      'delayAbortEvalMs',
    );
  });
});
