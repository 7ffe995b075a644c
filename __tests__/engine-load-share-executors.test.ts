/**
 * The executors driving a share of the load (load-share.ts): the parts of one load,
 * run side by side, add up to the whole plan, and per-user state follows the VU's
 * global index. Counts are exact; no timing is asserted.
 */
import { describe, expect, it } from 'vitest';

import { defaultPublishSettings } from '../src/config/publish-settings.js';
import type { Settings } from '../src/config/settings.js';
import { runLoad } from '../src/engine/index.js';
import { targetPerTest } from './helpers/target-server.js';
import { settingsFrom } from './helpers/traffic-config.js';

const target = targetPerTest();

function openSettings(targetUrl: string, rate: number, durationMs: number, maxVus: number): Settings {
  return {
    targetUrl,
    stages: [
      { durationMs: 0, target: rate },
      { durationMs, target: rate },
    ],
    maxVus,
    model: 'open',
    endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
    thresholds: [],
    headers: {},
    timeoutMs: 5000,
    failOnBreach: true,
    autoRollback: true,
    reportDir: 'loadgate-report',
    publish: defaultPublishSettings(),
  };
}

describe('a share of the open model', () => {
  it('sends only its own arrivals: three parts together send the schedule exactly once', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    // 90 req/s for 1 s: arrival n is due at n·11.1 ms, the last (89) at 989 ms, so all 90 fall in the run.
    const settings = openSettings(t.url, 90, 1000, 7);
    const parts = await Promise.all(
      [0, 1, 2].map((index) => runLoad(settings, { share: { index, count: 3 } })),
    );
    expect(parts.map((m) => m.arrival!.scheduled)).toEqual([30, 30, 30]);
    expect(parts.map((m) => m.arrival!.dropped)).toEqual([0, 0, 0]);
    const sent = parts.reduce((sum, m) => sum + m.arrival!.sent, 0);
    expect(sent).toBe(90);
    expect(parts.reduce((sum, m) => sum + m.overall.requests, 0)).toBe(90);
    expect(t.stats.completed).toBe(90);
    // The cap on requests in flight is split the same way: 7 → 3 + 2 + 2.
    expect(parts.map((m) => m.arrival!.maxVus)).toEqual([3, 2, 2]);
  });
});

describe('a share of the closed model', () => {
  it('runs its own VUs, each with the data row of its global index', async () => {
    const seen: string[] = [];
    const t = await target({
      '/': (_n, request) => {
        seen.push(String(request.headers['x-user']));
        return { status: 200 };
      },
    });
    const users = ['user,', ...Array.from({ length: 8 }, (_, i) => `u${i},`)].join('\n') + '\n';
    const settings = settingsFrom(
      `target-url: ${t.url}
duration: 600ms
vus: 5
data: users.csv
endpoints:
  - { path: /, headers: { X-User: '{{user}}' } }`,
      { 'users.csv': users },
    );
    // Part 2 of 2 owns the global VUs 1 and 3 of 5: rows u1 and u3, and no other.
    const m = await runLoad(settings, { share: { index: 1, count: 2 } });
    expect(m.maxVusReached).toBe(2);
    expect(m.overall.requests).toBe(t.stats.completed);
    expect(new Set(seen)).toEqual(new Set(['u1', 'u3']));
  });
});
