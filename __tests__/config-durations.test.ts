import { describe, expect, it } from 'vitest';

import { DurationSyntaxError, formatDuration, parseDuration } from '../src/syntax/durations.js';

describe('parseDuration', () => {
  it.each([
    ['250ms', 250],
    ['30s', 30_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['1h2m3s4ms', 3_723_004],
    ['0s', 0],
    ['  45s ', 45_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('refuses a bare number, saying a unit is needed', () => {
    expect(() => parseDuration('30')).toThrow(DurationSyntaxError);
    expect(() => parseDuration('30')).toThrow(
      'got "30", a number without a unit; expected a duration such as 30s, 2m or 1m30s (write 30s for seconds)',
    );
  });

  it.each(['30 seconds', '', 'abc', '1s1m', '1m1m', '-5s', 's', '1d', '1.s', '30S'])(
    'refuses %j, quoting it and naming the form',
    (text) => {
      expect(() => parseDuration(text)).toThrow(
        `got ${JSON.stringify(text)}; expected a duration such as 30s, 2m or 1m30s`,
      );
    },
  );
});

describe('formatDuration', () => {
  it.each([
    [150_000, '2m30s'],
    [500, '500ms'],
    [0, '0s'],
    [3_600_000, '1h'],
    [1500, '1.5s'],
    [3_723_000, '1h2m3s'],
    [30_000, '30s'],
  ])('writes %i ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('writes what parseDuration reads back', () => {
    for (const ms of [1, 999, 1000, 61_000, 90_500, 7_200_000]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms);
    }
  });
});
