import { describe, expect, it } from 'vitest';

import { liveBaselineLabel, TwinDraws, TwinSeeds } from '../src/engine/executors/twin-targets.js';
import { EndpointPicker } from '../src/engine/traffic/endpoint-picker.js';
import { SeededStream, uniformAt } from '../src/engine/traffic/seeded-random.js';
import { uniforms } from './helpers/park-miller.js';

describe('the draws twins share', () => {
  it('ties every draw to the pair and the request number, not to what was drawn before', () => {
    const canary = new TwinDraws(12345);
    const baseline = new TwinDraws(12345);
    // The canary asks in a different order and more often (a retry renders its request again).
    const early = [0, 1, 2, 3].map((k) => canary.pick(k));
    canary.templates(7)();
    canary.think(9);
    expect([3, 2, 1, 0].map((k) => baseline.pick(k)).reverse()).toEqual(early);
    const once = [canary.templates(4)(), canary.templates(4)()];
    canary.templates(5)();
    expect([baseline.templates(4)(), baseline.templates(4)()]).toEqual(once);
    expect(canary.templates(4)()).toBe(once[0]);
    expect(baseline.think(2)).toBe(canary.think(2));
    // Another pair draws otherwise.
    const other = new TwinDraws(54321);
    expect([0, 1, 2, 3].map((k) => other.pick(k))).not.toEqual(early);
  });

  it('draws uniformly enough to keep the endpoint weights', () => {
    const picker = new EndpointPicker([1, 2, 1]);
    const counts = [0, 0, 0];
    const draws = new TwinDraws(99);
    const n = 40_000;
    for (let k = 0; k < n; k++) counts[picker.indexAt(draws.pick(k))]!++;
    // Binomial sd for 0.5 of 40,000 is 100: 5 sd either side.
    expect(Math.abs(counts[1]! - n / 2)).toBeLessThan(500);
    expect(Math.abs(counts[0]! - n / 4)).toBeLessThan(450);
    const values = Array.from({ length: n }, (_, k) => uniformAt(7, k));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });

  it('restarts a stream from a seed without changing it otherwise', () => {
    const stream = new SeededStream(5);
    const first = [stream.next(), stream.next(), stream.next()];
    expect(new Set(first).size).toBe(3);
    stream.reset(5);
    expect([stream.next(), stream.next(), stream.next()]).toEqual(first);
  });

  it('seeds the pairs and the arrivals of a run from its random source', () => {
    const source = (): (() => number) => {
      const values = uniforms(42, 4);
      return () => values.shift()!;
    };
    const one = new TwinSeeds(source());
    const again = new TwinSeeds(source());
    expect(again.pair(3)).toBe(one.pair(3));
    expect(again.arrival(1000)).toBe(one.arrival(1000));
    expect(one.pair(0)).not.toBe(one.pair(1));
  });
});

describe('liveBaselineLabel', () => {
  it('shows the baseline without credentials or query', () => {
    expect(liveBaselineLabel('https://ops:s3cret@old.example.com:8443/api/?token=abc')).toBe(
      'https://old.example.com:8443/api/',
    );
    expect(liveBaselineLabel('http://127.0.0.1:9000/')).toBe('http://127.0.0.1:9000');
    expect(liveBaselineLabel('not a url')).toBe('the live baseline');
  });
});
