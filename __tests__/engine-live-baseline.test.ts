import { afterEach, describe, expect, it } from 'vitest';

import type { Settings } from '../src/config/settings.js';
import { runLoadWithBaseline, type ProgressSample } from '../src/engine/index.js';
import type { RunMeasurements } from '../src/metrics/measurements.js';
import { settingsFrom } from './helpers/traffic-config.js';
import { startTwinServers, type TwinOptions, type TwinServers } from './helpers/twin-servers.js';

let twins: TwinServers | undefined;
afterEach(async () => {
  await twins?.close();
  twins = undefined;
});

async function startTwins(options: TwinOptions): Promise<TwinServers> {
  twins = await startTwinServers(options);
  return twins;
}

const USERS = ['u1', 'u2', 'u3', 'u4'];
const usersCsv = `user\n${USERS.join('\n')}\n`;

/** A config with one data row per VU, a login per VU and randomInt values the servers log. */
function liveSettings(canaryUrl: string, baselineUrl: string, extra = ''): Settings {
  const settings = settingsFrom(
    `target-url: ${canaryUrl}
duration: 3s
vus: ${USERS.length}
data: users.csv
setup:
  - { path: '/login?u={{user}}', captures: { token: { header: x-token } } }
headers: { X-Token: '{{token}}' }
endpoints:
  - { name: a, path: '/a?u={{user}}&r={{randomInt 1 1000000}}', weight: 1 }
  - { name: b, path: '/b?u={{user}}&r={{randomInt 1 1000000}}', weight: 2 }
  - { name: c, path: '/c?u={{user}}&r={{randomInt 1 1000000}}', weight: 1 }
${extra}`,
    { 'users.csv': usersCsv },
  );
  return {
    ...settings,
    baseline: { source: { kind: 'live', url: baselineUrl }, missing: 'fail', confidence: 0.95 },
  };
}

/** Whether the shorter sequence is the start of the longer one. */
function isPrefixPair(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((entry, i) => long[i] === entry);
}

const requestsOf = (m: RunMeasurements, name: string): number =>
  m.endpoints.find((endpoint) => endpoint.name === name)!.requests;

describe('a live baseline in the closed model', () => {
  it('gives each VU a twin with the same endpoints, data row and draws, and its own login', async () => {
    const { canary, baseline } = await startTwins({ delayMs: () => 3 });
    const settings = liveSettings(canary.url, baseline.url, 'think-time: { min: 1ms, max: 4ms }');
    const outcome = await runLoadWithBaseline(settings);
    const c = outcome.measurements;
    const b = outcome.baseline!;

    // Each target measured on its own: what each server completed is what its recorder counted.
    expect(b).toBeDefined();
    expect(c.overall.requests).toBe(
      canary.stats.byPath.get('/a')!.completed +
        canary.stats.byPath.get('/b')!.completed +
        canary.stats.byPath.get('/c')!.completed,
    );
    expect(b.overall.requests).toBe(
      baseline.stats.byPath.get('/a')!.completed +
        baseline.stats.byPath.get('/b')!.completed +
        baseline.stats.byPath.get('/c')!.completed,
    );
    expect(c.overall.failed).toBe(0);
    expect(b.overall.failed).toBe(0);
    expect(c.overall.requests).toBeGreaterThan(200);

    // The same data rows: every user on both, one login each per target.
    expect([...canary.log.sequences.keys()].sort()).toEqual(USERS);
    expect([...baseline.log.sequences.keys()].sort()).toEqual(USERS);
    for (const user of USERS) {
      expect(canary.log.logins.get(user)).toBe(1);
      expect(baseline.log.logins.get(user)).toBe(1);
    }
    expect(c.traffic?.setup).toMatchObject({
      requests: USERS.length,
      failed: 0,
      users: { loggedIn: USERS.length },
    });
    expect(b.traffic?.setup).toMatchObject({
      requests: USERS.length,
      failed: 0,
      users: { loggedIn: USERS.length },
    });

    // The same sequence per VU pair (endpoint and randomInt value), each twin at its own pace.
    const sequences = new Set<string>();
    let lengthGap = 0;
    for (const user of USERS) {
      const ofCanary = canary.log.sequences.get(user)!;
      const ofBaseline = baseline.log.sequences.get(user)!;
      expect(isPrefixPair(ofCanary, ofBaseline)).toBe(true);
      lengthGap += Math.abs(ofCanary.length - ofBaseline.length);
      sequences.add(ofCanary.slice(0, 20).join(' '));
    }
    // Different pairs draw differently (not one sequence for everyone).
    expect(sequences.size).toBe(USERS.length);

    // Per endpoint, the two targets differ by no more than the twins' gap in position.
    for (const name of ['a', 'b', 'c']) {
      expect(Math.abs(requestsOf(c, name) - requestsOf(b, name))).toBeLessThanOrEqual(lengthGap);
    }
    // Identical servers: the twins stay close (a few requests per VU over about 600 each).
    expect(lengthGap).toBeLessThanOrEqual(Math.max(8, c.overall.requests * 0.03));
    // The mix still follows the weights (b twice a or c).
    expect(requestsOf(c, 'b') / c.overall.requests).toBeGreaterThan(0.4);
    expect(requestsOf(c, 'b') / c.overall.requests).toBeLessThan(0.6);
  });

  it('keeps the twins on the same sequence when only the canary asks for a re-login', async () => {
    // Every 7th gated request of each user on the canary gets a 401: the canary logs in again and retries.
    const { canary, baseline } = await startTwins({
      delayMs: () => 2,
      unauthorized: (role, _user, n) => role === 'canary' && n % 7 === 6,
    });
    const outcome = await runLoadWithBaseline(liveSettings(canary.url, baseline.url));
    const c = outcome.measurements;
    const b = outcome.baseline!;

    expect(c.traffic!.reauthentications).toBeGreaterThan(10);
    expect(b.traffic!.reauthentications).toBe(0);
    for (const user of USERS) {
      expect(canary.log.logins.get(user)).toBeGreaterThan(1);
      expect(baseline.log.logins.get(user)).toBe(1);
      // The canary's log holds each refused request and its retry (the same endpoint and value);
      // without the refusals it is the baseline's sequence.
      const retried = canary.log.sequences.get(user)!.filter((_, n) => n % 7 !== 6);
      expect(isPrefixPair(retried, baseline.log.sequences.get(user)!)).toBe(true);
      // Each refused request is followed by its retry, unless the run ended in between.
      const log = canary.log.sequences.get(user)!;
      for (let n = 6; n + 1 < log.length; n += 7) expect(log[n + 1]).toBe(log[n]);
    }
  });

  it('lets each twin run at its own pace: a slow canary does not slow the baseline', async () => {
    const { canary, baseline } = await startTwins({ delayMs: ({ role }) => (role === 'canary' ? 60 : 3) });
    const outcome = await runLoadWithBaseline(liveSettings(canary.url, baseline.url));
    const c = outcome.measurements;
    const b = outcome.baseline!;

    expect(c.overall.latency.p50).toBeGreaterThanOrEqual(60);
    expect(b.overall.latency.p50).toBeLessThan(30);
    // About 3 s / 60 ms = 50 requests per canary VU; the baseline's twins are not held back.
    expect(b.overall.requests).toBeGreaterThan(c.overall.requests * 4);
    expect(c.maxVusReached).toBe(USERS.length);
    expect(b.maxVusReached).toBe(USERS.length);
    for (const user of USERS) {
      const ofCanary = canary.log.sequences.get(user)!;
      expect(isPrefixPair(ofCanary, baseline.log.sequences.get(user)!)).toBe(true);
      expect(ofCanary.length).toBeLessThan(baseline.log.sequences.get(user)!.length);
    }
  });

  it('shows a slowdown of both targets on both series, at the same seconds', async () => {
    // Both servers slow down together from 2 s to 4 s after the first request (a shared database).
    const shared = (sinceFirstMs: number): boolean => sinceFirstMs >= 2000 && sinceFirstMs < 4000;
    const { canary, baseline } = await startTwins({
      delayMs: ({ sinceFirstMs }) => (shared(sinceFirstMs) ? 50 : 2),
    });
    const settings = { ...liveSettings(canary.url, baseline.url), stages: [{ durationMs: 6000, target: 4 }] };
    settings.stages.unshift({ durationMs: 0, target: 4 });
    const outcome = await runLoadWithBaseline(settings);
    const c = outcome.measurements.timeSeries;
    const b = outcome.baseline!.timeSeries;

    expect(c.map((point) => point.t)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(b.map((point) => point.t)).toEqual([1, 2, 3, 4, 5, 6]);
    const slow = (p50: number): boolean => p50 >= 40;
    // Seconds 3 and 4 cover 2 s to 4 s: slow on both; the first and the last are not.
    expect(c.filter((point) => slow(point.p50)).map((point) => point.t)).toEqual([3, 4]);
    expect(b.filter((point) => slow(point.p50)).map((point) => point.t)).toEqual([3, 4]);
    for (const series of [c, b]) {
      expect(series[0]!.p50).toBeLessThan(25);
      expect(series[5]!.p50).toBeLessThan(25);
    }
  });

  it('says in each progress sample how both targets are doing', async () => {
    const { canary, baseline } = await startTwins({ delayMs: ({ role }) => (role === 'canary' ? 20 : 2) });
    const samples: ProgressSample[] = [];
    const settings = {
      ...liveSettings(canary.url, baseline.url),
      // In this thread: worker threads send their figures once a second, later than these 500 ms lines.
      workers: 1,
      stages: [
        { durationMs: 0, target: 2 },
        { durationMs: 2000, target: 2 },
      ],
    };
    await runLoadWithBaseline(settings, {
      progressIntervalMs: 500,
      onProgress: (sample) => samples.push(sample),
    });

    expect(samples.length).toBeGreaterThanOrEqual(3);
    for (const sample of samples) expect(sample.baseline).toBeDefined();
    // A sample in the middle of the run (the one at the end may see VUs stopping).
    const mid = samples.find((sample) => sample.elapsedMs >= 900 && sample.elapsedMs <= 1600)!;
    expect(mid.vus).toBe(2);
    expect(mid.baseline!.vus).toBe(2);
    expect(mid.p95Ms!).toBeGreaterThanOrEqual(20);
    expect(mid.baseline!.p95Ms!).toBeLessThan(mid.p95Ms!);
    expect(mid.baseline!.requests).toBeGreaterThan(mid.requests);
  });
});
