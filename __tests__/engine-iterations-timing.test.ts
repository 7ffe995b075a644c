/**
 * The new metrics through whole runs: iterations and iteration_duration (a plain mix of
 * several endpoints, and realistic traffic whose iteration holds a 401, the re-login and
 * the retry), vus and vus_max, the timing phases per endpoint, thresholds on them that
 * pass and fail, and the exact merge of worker threads (counts equal with 1 and 2
 * workers). Counts are exact; times have wide bands (noisy shared 2-core machine).
 */
import { describe, expect, it } from 'vitest';

import { defaultPublishSettings } from '../src/config/publish-settings.js';
import type { Settings, Stage } from '../src/config/settings.js';
import { runLoad } from '../src/engine/index.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { targetPerTest } from './helpers/target-server.js';
import { settingsFrom } from './helpers/traffic-config.js';

const target = targetPerTest();

function constant(vus: number, durationMs: number): Stage[] {
  return [
    { durationMs: 0, target: vus },
    { durationMs, target: vus },
  ];
}

function settingsFor(targetUrl: string, overrides: Partial<Settings> = {}): Settings {
  return {
    targetUrl,
    stages: constant(4, 1500),
    maxVus: 4,
    endpoints: [
      { name: 'fast', method: 'GET', path: '/fast', weight: 1, headers: {}, expectStatus: [] },
      { name: 'slow', method: 'GET', path: '/slow', weight: 1, headers: {}, expectStatus: [] },
    ],
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

const judge = (texts: string[], m: Parameters<typeof evaluateThresholds>[1]) =>
  evaluateThresholds(
    texts.map((text) => parseThreshold({ text, origin: 'test' })),
    m,
  ).results.map((result) => `${result.threshold.source} → ${result.status}`);

describe('iterations and the timing breakdown in a run', () => {
  it('counts one iteration per request of a plain mix, and times each endpoint phase by phase', async () => {
    const t = await target({ '/fast': { status: 200 }, '/slow': { status: 200, delayMs: 60 } });
    const m = await runLoad(settingsFor(t.url));
    const execution = m.execution!;
    expect(execution.iterations).toBe(m.overall.requests);
    expect(execution.iterationDuration.count).toBe(m.overall.requests);
    // An iteration holds its whole request: at least its duration.
    expect(execution.iterationDuration.max).toBeGreaterThanOrEqual(m.overall.latency.max - 0.01);
    expect(execution.vusMax).toBe(4);
    expect(execution.vus).toBe(4);
    expect(execution.droppedIterations).toBe(0);

    const slow = m.endpoints.find((e) => e.name === 'slow')!;
    const fast = m.endpoints.find((e) => e.name === 'fast')!;
    expect(slow.timings!.count).toBe(slow.requests);
    // The server waits before its headers: time to first byte, not body.
    expect(slow.timings!.phases.waiting.p50).toBeGreaterThanOrEqual(59);
    expect(slow.timings!.phases.waiting.p50).toBeLessThan(60 + 150);
    expect(fast.timings!.phases.waiting.p50).toBeLessThan(50);
    // Keep-alive: one connection per VU, so four requests opened one, the rest reused it.
    expect(m.overall.timings!.connectionsOpened).toBe(4);
    expect(m.overall.timings!.phases.connecting.p50).toBe(0);
    expect(m.overall.timings!.phases.connecting.max).toBeGreaterThan(0);

    expect(
      judge(
        [
          'http_req_waiting{endpoint:slow}: p(95)>55',
          'http_req_waiting{endpoint:slow}: p(50)<55',
          'http_req_connecting: max==0',
          'iterations: count>=10',
          'iterations: rate>1000000',
          'iteration_duration: p(50)<10000',
          'vus: value>=4',
          'vus_max: value<4',
          'dropped_iterations: count==0',
        ],
        m,
      ),
    ).toEqual([
      'http_req_waiting{endpoint:slow}: p(95)>55 → pass',
      'http_req_waiting{endpoint:slow}: p(50)<55 → fail',
      'http_req_connecting: max==0 → fail',
      'iterations: count>=10 → pass',
      'iterations: rate>1000000 → fail',
      'iteration_duration: p(50)<10000 → pass',
      'vus: value>=4 → pass',
      'vus_max: value<4 → fail',
      'dropped_iterations: count==0 → pass',
    ]);
    await t.close();
  });

  it('an iteration with realistic traffic holds the 401, the re-login and the retry; the first login is not in one', async () => {
    let logins = 0;
    const t = await target({
      // The first login is slow: it stays out of every iteration.
      '/login': () => ({
        status: 200,
        delayMs: logins++ === 0 ? 300 : 40,
        headers: { 'x-session': `s${logins}` },
      }),
      // The first token is refused once: that iteration pays for a 401, a 40 ms login and the retry.
      '/data': (_n, request) => (request.headers['x-session'] === 's1' ? { status: 401 } : { status: 200 }),
    });
    const settings = settingsFrom(`target-url: ${t.url}
duration: 1s
vus: 1
setup:
  - { path: /login, captures: { session: { header: x-session } } }
endpoints:
  - { path: /data, headers: { X-Session: '{{session}}' } }`);
    const m = await runLoad(settings);
    expect(m.traffic!.reauthentications).toBe(1);
    const execution = m.execution!;
    expect(execution.iterations).toBe(m.overall.requests);
    // The re-login's 40 ms are inside one iteration; the 300 ms first login is in none.
    expect(execution.iterationDuration.max).toBeGreaterThanOrEqual(40);
    expect(execution.iterationDuration.max).toBeLessThan(300);
    await t.close();
  });

  it('merges the phases and iterations of worker threads exactly: counts equal with 1 and 2 workers', async () => {
    const figures: { requests: number; timed: number; opened: number; iterations: number; vusMax: number }[] =
      [];
    for (const workers of [1, 2]) {
      const t = await target({ '*': { delayMs: 2 } });
      // The open model: a fixed schedule, so both runs send the same requests.
      const m = await runLoad(
        settingsFor(t.url, { model: 'open', stages: constant(120, 1000), maxVus: 40, workers }),
      );
      expect(m.overall.requests).toBe(t.stats.completed);
      const timings = m.overall.timings!;
      // Every phase histogram holds every timed request, per endpoint and overall.
      for (const phase of Object.values(timings.phases)) expect(phase.count).toBe(timings.count);
      expect(m.endpoints.reduce((n, e) => n + (e.timings?.count ?? 0), 0)).toBe(timings.count);
      figures.push({
        requests: m.overall.requests,
        timed: timings.count,
        opened: timings.connectionsOpened,
        iterations: m.execution!.iterations,
        vusMax: m.execution!.vusMax,
      });
      expect(m.execution!.droppedIterations).toBe(m.arrival!.dropped);
      await t.close();
    }
    const [one, two] = figures;
    expect(two!.requests).toBe(one!.requests);
    expect(two!.timed).toBe(one!.timed);
    expect(two!.iterations).toBe(one!.iterations);
    expect(one!.iterations).toBe(one!.requests);
    // Connections opened before the schedule (the open model's warm-up) are no request's.
    expect(one!.opened).toBeLessThanOrEqual(one!.vusMax);
  });
});
