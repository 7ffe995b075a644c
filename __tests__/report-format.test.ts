import { describe, expect, it } from 'vitest';

import {
  describeStages,
  formatSpan,
  displayUrl,
  errorPercent,
  formatBytes,
  formatCondition,
  formatElapsed,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
  formatThresholdValue,
  formatValue,
  plannedDurationMs,
} from '../src/report/format.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';

const t = (text: string) => parseThreshold({ text, origin: 'test' });

describe('number formatting', () => {
  it('numbers, milliseconds, percentages, rates and bytes', () => {
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(0.5)).toBe('1');
    expect([0.8449, 12.34, 99.96, 182.4, 1240].map(formatMs)).toEqual([
      '0.84 ms',
      '12.3 ms',
      '100 ms',
      '182 ms',
      '1,240 ms',
    ]);
    expect([0.52, 0.005, 9.999, 12.345, 100].map(formatPercent)).toEqual([
      '0.52 %',
      '0.01 %',
      '10 %',
      '12.3 %',
      '100 %',
    ]);
    expect(formatRps(411.46)).toBe('411.5 req/s');
    expect([512, 12_345, 4_500_000, 1_200_000_000].map(formatBytes)).toEqual([
      '512 B',
      '12.3 kB',
      '4.5 MB',
      '1.2 GB',
    ]);
    expect(errorPercent({ requests: 0, failed: 0 })).toBe(0);
    expect(errorPercent({ requests: 200, failed: 3 })).toBe(1.5);
  });

  it('durations as measured: tenths of a second from 1 s on', () => {
    expect([30_012, 30_049, 1_234, 850, 0, 92_500].map(formatElapsed)).toEqual([
      '30s',
      '30s',
      '1.2s',
      '850ms',
      '0s',
      '1m32.5s',
    ]);
  });
});

describe('threshold values in their unit', () => {
  it('by unit, with no data for null', () => {
    expect(formatValue('ms', 250)).toBe('250 ms');
    expect(formatValue('ratio', 0.0052)).toBe('0.52 %');
    expect(formatValue('per_second', 99.95)).toBe('100 req/s');
    expect(formatValue('count', 1000)).toBe('1,000');
    expect(formatValue('bytes', 2_000_000)).toBe('2 MB');
    expect(formatValue('bytes_per_second', 500_000)).toBe('500 kB/s');
    expect(formatValue('ms', null)).toBe('no data');
    expect(formatValue('ms', Number.NaN)).toBe('no data');
  });

  it('from the metric catalogue', () => {
    expect(formatThresholdValue(t('error_rate: 1%'), 0.0123)).toBe('1.23 %');
    expect(formatThresholdValue(t('http_reqs: count>10'), 12)).toBe('12');
    expect(formatThresholdValue(t('data_received: rate>1MB'), 1_500_000)).toBe('1.5 MB/s');
  });

  it('conditions, with the marginal band up for < and down for >', () => {
    expect(formatCondition(t('http_req_duration: p(95)<250'))).toBe('< 250 ms');
    expect(formatCondition(t('http_req_duration: p(99)<=500 marginal 700'))).toBe(
      '<= 500 ms (marginal up to 700 ms)',
    );
    expect(formatCondition(t('http_reqs: rate>100 marginal 80'))).toBe(
      '> 100 req/s (marginal down to 80 req/s)',
    );
    expect(formatCondition(t('error_rate: 0.5'))).toBe('< 0.5 %');
  });
});

describe('run descriptions', () => {
  it('stages in words', () => {
    const stages = [
      { durationMs: 10_000, target: 10 },
      { durationMs: 20_000, target: 10 },
      { durationMs: 5_000, target: 0 },
    ];
    expect(describeStages(stages)).toBe('0→10 VUs over 10 s, 10 VUs for 20 s, 10→0 VUs over 5 s');
    expect(plannedDurationMs(stages)).toBe(35_000);
    expect(describeStages([{ durationMs: 30_000, target: 0 }])).toBe('0 VUs for 30 s');
  });

  it('URLs without credentials', () => {
    expect(displayUrl('https://user:secret@canary.example.com/x?y=1')).toBe(
      'https://canary.example.com/x?y=1',
    );
    expect(displayUrl('http://canary:8080')).toBe('http://canary:8080');
    expect(displayUrl('not a url')).toBe('not a url');
  });
});

describe('describeStages with a jump', () => {
  it('says a jump followed by a hold once, as the hold', () => {
    expect(
      describeStages([
        { durationMs: 0, target: 20 },
        { durationMs: 6_000, target: 20 },
      ]),
    ).toBe('20 VUs for 6 s');
  });

  it('says a jump that is not held as a start or a jump, never as a ramp over 0 s', () => {
    expect(
      describeStages([
        { durationMs: 0, target: 10 },
        { durationMs: 30_000, target: 40 },
        { durationMs: 0, target: 5 },
        { durationMs: 90_000, target: 0 },
      ]),
    ).toBe('start at 10 VUs, 10→40 VUs over 30 s, jump to 5 VUs, 5→0 VUs over 1 min 30 s');
    expect(describeStages([{ durationMs: 0, target: 0 }], 'req/s')).toBe('0 req/s');
  });

  it('spans of time in words', () => {
    expect(formatSpan(850)).toBe('850 ms');
    expect(formatSpan(6_000)).toBe('6 s');
    expect(formatSpan(1_540)).toBe('1.5 s');
    expect(formatSpan(120_000)).toBe('2 min');
    expect(formatSpan(3_900_000)).toBe('1 h 5 min');
  });
});
