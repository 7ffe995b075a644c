/**
 * The open model against real local servers: the schedule, dropped requests, latency
 * from the intended send time, and the achieved rate. Tolerances are set for a noisy,
 * shared 2-core machine: they check correctness, never speed.
 */
import { describe, expect, it } from 'vitest';

import { defaultPublishSettings } from '../src/config/publish-settings.js';
import type { Settings, Stage } from '../src/config/settings.js';
import { ArrivalSchedule } from '../src/engine/executors/arrival-schedule.js';
import { runLoad } from '../src/engine/index.js';
import { targetPerTest } from './helpers/target-server.js';

function constantRate(rate: number, durationMs: number): Stage[] {
  return [
    { durationMs: 0, target: rate },
    { durationMs, target: rate },
  ];
}

function openSettings(targetUrl: string, overrides: Partial<Settings> = {}): Settings {
  return {
    targetUrl,
    stages: constantRate(100, 1000),
    maxVus: 100,
    model: 'open',
    endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
    thresholds: [],
    headers: {},
    timeoutMs: 5000,
    failOnBreach: true,
    autoRollback: true,
    reportDir: 'loadgate-report',
    publish: defaultPublishSettings(),
    ...overrides,
  };
}

const target = targetPerTest();

describe('ArrivalSchedule', () => {
  it('spaces a constant rate evenly and counts exactly', () => {
    const schedule = new ArrivalSchedule(constantRate(100, 2000));
    expect(schedule.total).toBe(200);
    expect(schedule.timeOf(0)).toBe(0);
    expect(schedule.timeOf(1)).toBeCloseTo(10, 9);
    expect(schedule.timeOf(150)).toBeCloseTo(1500, 6);
    expect(schedule.timeOf(200)).toBe(Number.POSITIVE_INFINITY);
    expect(schedule.dueBy(1000)).toBeCloseTo(100, 9);
  });

  it('follows a ramp: the integral of the rate, inverted without drift', () => {
    // 0 → 100 req/s over 2 s (100 requests), then 100 req/s for 1 s, then down to 0 over 1 s (50).
    const schedule = new ArrivalSchedule([
      { durationMs: 2000, target: 100 },
      { durationMs: 1000, target: 100 },
      { durationMs: 1000, target: 0 },
    ]);
    expect(schedule.total).toBeCloseTo(250, 9);
    expect(schedule.rateAt(1000)).toBeCloseTo(50, 9);
    for (const n of [1, 25, 99, 100, 170, 220, 249]) {
      expect(schedule.dueBy(schedule.timeOf(n))).toBeCloseTo(n, 6);
    }
    // Within the ramp requests thin out at the low end: 25 requests are due by 1 s.
    expect(schedule.timeOf(25)).toBeCloseTo(1000, 6);
  });
});

describe('runLoad (open model)', () => {
  it('sends on schedule: the achieved rate tracks the target, every request accounted for', async () => {
    const t = await target({ '*': { delayMs: 2 } });
    const m = await runLoad(openSettings(t.url, { stages: constantRate(200, 3000) }));
    const arrival = m.arrival!;
    expect(arrival.scheduled).toBeGreaterThanOrEqual(598);
    expect(arrival.scheduled).toBeLessThanOrEqual(600);
    expect(arrival.dropped).toBe(0);
    expect(arrival.sent).toBe(arrival.scheduled);
    expect(m.overall.requests).toBe(arrival.sent);
    expect(t.stats.completed).toBe(arrival.sent);
    // Within 5 % of the target on a noisy machine (the count is exact; only the window length varies).
    expect(arrival.achievedRps).toBeGreaterThan(190);
    expect(arrival.achievedRps).toBeLessThan(210);
    expect(arrival.targetRps).toBeGreaterThan(190);
    expect(m.generator?.cpuPercent).toBeGreaterThan(0);
  });

  it('counts requests as dropped when max-vus is too small, and never loses one', async () => {
    const t = await target({ '*': { delayMs: 200 } });
    // 2 slots at 200 ms can carry 10 req/s; 50 req/s are asked for; a request waits at most 500 ms.
    const m = await runLoad(
      openSettings(t.url, { stages: constantRate(50, 2000), maxVus: 2, timeoutMs: 500 }),
    );
    const arrival = m.arrival!;
    expect(arrival.peakInFlight).toBe(2);
    expect(arrival.dropped).toBeGreaterThan(50);
    expect(arrival.sent + arrival.dropped).toBe(arrival.scheduled);
    expect(m.overall.requests).toBe(arrival.sent);
    expect(arrival.sent).toBeLessThanOrEqual(25);
    expect(arrival.achievedRps).toBeLessThan(arrival.targetRps / 2);
  });

  it('a stall of the generator itself does not open a connection per waiting request', async () => {
    const t = await target({ '*': { delayMs: 0 } });
    // 100 ms with the event loop blocked: ~200 requests fall due with no one to send them.
    setTimeout(() => {
      const until = performance.now() + 100;
      while (performance.now() < until);
    }, 400);
    const m = await runLoad(openSettings(t.url, { stages: constantRate(2000, 1500), maxVus: 1000 }));
    const arrival = m.arrival!;
    expect(arrival.dropped).toBe(0);
    expect(arrival.sent).toBe(arrival.scheduled);
    expect(t.stats.completed).toBe(arrival.sent);
    // The backlog goes out over the connections already open (one per waiting request would be ~200).
    expect(t.stats.connections).toBe(arrival.connections);
    expect(arrival.connections).toBeLessThan(60);
  });

  it('a slow target still gets the connections it needs, and the schedule holds', async () => {
    const t = await target({ '*': { delayMs: 100 } });
    // 300 req/s × 100 ms: about 30 requests in flight.
    const m = await runLoad(openSettings(t.url, { stages: constantRate(300, 2000), maxVus: 200 }));
    const arrival = m.arrival!;
    expect(arrival.dropped).toBe(0);
    expect(arrival.achievedRps).toBeGreaterThan(285);
    expect(arrival.connections).toBeGreaterThanOrEqual(28);
    expect(arrival.connections).toBeLessThan(100);
    // The pool grows within a few ticks: the median request is not held back waiting for it.
    expect(m.overall.latency.p50).toBeLessThan(130);
  });

  it('a target that stalls 1 s every 5 s shows in the corrected p99, not in the uncorrected one', async () => {
    const startedAt = performance.now();
    // Stall window: [2 s, 3 s) after the server starts, then every 5 s; answers wait for its end.
    const delay = (): number => {
      const phase = (performance.now() - startedAt) % 5000;
      return phase >= 2000 && phase < 3000 ? Math.ceil(3000 - phase) : 2;
    };
    const t = await target({ '*': () => ({ delayMs: delay() }) });
    // Five slots, like five wrk2 connections: during the stall the schedule queues behind them.
    const m = await runLoad(openSettings(t.url, { stages: constantRate(200, 5000), maxVus: 5 }));
    const arrival = m.arrival!;
    expect(arrival.dropped).toBe(0);
    const corrected = m.overall.latency;
    const uncorrected = arrival.uncorrectedLatency;
    // About 200 requests were due during the stall and waited up to 1 s for a slot.
    expect(corrected.p99).toBeGreaterThan(600);
    expect(corrected.max).toBeGreaterThan(800);
    // Only the five in flight when it began waited on the wire: under 1 % of ~1,000.
    expect(uncorrected.p99).toBeLessThan(200);
    expect(uncorrected.max).toBeGreaterThan(600);
  });
});
