import { describe, expect, it } from 'vitest';

import { peakVus, totalDurationMs, vuLevelAt, vusAt } from '../src/engine/executors/stages.js';
import { EndpointPicker } from '../src/engine/traffic/endpoint-picker.js';

describe('stages', () => {
  const rampHoldDown = [
    { durationMs: 10_000, target: 10 },
    { durationMs: 20_000, target: 10 },
    { durationMs: 5_000, target: 0 },
  ];

  it('adds up the total duration and finds the peak', () => {
    expect(totalDurationMs(rampHoldDown)).toBe(35_000);
    expect(peakVus(rampHoldDown)).toBe(10);
  });

  it('ramps linearly from 0, holds, and ramps down', () => {
    expect(vuLevelAt(rampHoldDown, 0)).toBe(0);
    expect(vuLevelAt(rampHoldDown, 2_500)).toBe(2.5);
    expect(vuLevelAt(rampHoldDown, 10_000)).toBe(10);
    expect(vuLevelAt(rampHoldDown, 29_999)).toBe(10);
    expect(vuLevelAt(rampHoldDown, 32_500)).toBe(5);
    expect(vuLevelAt(rampHoldDown, 35_000)).toBe(0);
    expect(vuLevelAt(rampHoldDown, 99_000)).toBe(0);
  });

  it('rounds the level to whole VUs', () => {
    expect(vusAt(rampHoldDown, 400)).toBe(0);
    expect(vusAt(rampHoldDown, 500)).toBe(1);
    expect(vusAt(rampHoldDown, 9_600)).toBe(10);
    expect(vusAt(rampHoldDown, 34_600)).toBe(1);
    expect(vusAt(rampHoldDown, 34_800)).toBe(0);
  });

  it('treats a stage of duration 0 as a jump', () => {
    const constant = [
      { durationMs: 0, target: 8 },
      { durationMs: 30_000, target: 8 },
    ];
    expect(vusAt(constant, 0)).toBe(8);
    expect(vusAt(constant, 15_000)).toBe(8);
    const step = [
      { durationMs: 1_000, target: 2 },
      { durationMs: 0, target: 6 },
      { durationMs: 1_000, target: 6 },
    ];
    expect(vusAt(step, 999)).toBe(2);
    expect(vusAt(step, 1_000)).toBe(6);
  });

  it('follows ramps between non-zero targets', () => {
    const stages = [
      { durationMs: 0, target: 4 },
      { durationMs: 1_000, target: 8 },
      { durationMs: 1_000, target: 2 },
    ];
    expect(vuLevelAt(stages, 500)).toBe(6);
    expect(vuLevelAt(stages, 1_500)).toBe(5);
  });
});

describe('EndpointPicker', () => {
  it('maps the random number onto cumulative weights', () => {
    let next = 0;
    const picker = new EndpointPicker([1, 3, 6], () => next);
    const pick = (r: number) => ((next = r), picker.next());
    expect(pick(0)).toBe(0);
    expect(pick(0.0999)).toBe(0);
    expect(pick(0.1)).toBe(1);
    expect(pick(0.3999)).toBe(1);
    expect(pick(0.4)).toBe(2);
    expect(pick(0.9999999)).toBe(2);
  });

  it('never picks an endpoint of weight 0', () => {
    let next = 0;
    const picker = new EndpointPicker([0, 2, 0, 2, 0], () => next);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      next = i / 1000;
      seen.add(picker.next());
    }
    expect([...seen].sort()).toEqual([1, 3]);
  });

  it('honours the weights over many picks', () => {
    // A small deterministic generator (mulberry32), so the test never flakes.
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const weights = [5, 1, 3, 1];
    const picker = new EndpointPicker(weights, random);
    const counts = weights.map(() => 0);
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[picker.next()]!++;
    weights.forEach((weight, index) => expect(counts[index]! / n).toBeCloseTo(weight / 10, 2));
  });

  it('always picks the only endpoint without asking for a random number', () => {
    const picker = new EndpointPicker([3], () => {
      throw new Error('not needed');
    });
    expect(picker.next()).toBe(0);
  });

  it('refuses empty, negative and all-zero weights', () => {
    expect(() => new EndpointPicker([])).toThrow(RangeError);
    expect(() => new EndpointPicker([1, -1])).toThrow(RangeError);
    expect(() => new EndpointPicker([0, 0])).toThrow(RangeError);
    expect(() => new EndpointPicker([Number.NaN])).toThrow(RangeError);
  });
});
