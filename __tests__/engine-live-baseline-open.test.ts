/**
 * A live baseline in the open model, and through the gate: one arrival schedule sent to
 * two real local servers, each measured into its own recorder.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import type { Settings } from '../src/config/settings.js';
import { runLoadWithBaseline } from '../src/engine/index.js';
import { runGate } from '../src/gate.js';
import type { RunMeasurements } from '../src/metrics/measurements.js';
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

function openSettings(canaryUrl: string, baselineUrl: string, inputs: Record<string, string> = {}): Settings {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-live-'));
  const settings = resolveSettings(
    rawInputs({
      'target-url': canaryUrl,
      rate: '200',
      duration: '2s',
      endpoints:
        '- { name: a, path: /a, weight: 1 }\n- { name: b, path: /b, weight: 2 }\n- { name: c, path: /c, weight: 1 }',
      'report-dir': path.join(workspace, 'report'),
      ...inputs,
    }),
    { workspace },
  );
  return {
    ...settings,
    baseline: { source: { kind: 'live', url: baselineUrl }, missing: 'fail', confidence: 0.95 },
  };
}

const endpointOf = (m: RunMeasurements, name: string) =>
  m.endpoints.find((endpoint) => endpoint.name === name)!;

describe('a live baseline in the open model', () => {
  it('sends every arrival to both targets: the same requests per endpoint, exactly', async () => {
    const { canary, baseline } = await startTwins({ delayMs: () => 2 });
    const outcome = await runLoadWithBaseline(openSettings(canary.url, baseline.url));
    const c = outcome.measurements;
    const b = outcome.baseline!;

    expect(c.arrival!.scheduled).toBeGreaterThanOrEqual(395);
    expect(b.arrival!.scheduled).toBe(c.arrival!.scheduled);
    for (const m of [c, b]) {
      expect(m.arrival!.dropped).toBe(0);
      expect(m.arrival!.sent).toBe(m.arrival!.scheduled);
      expect(m.overall.requests).toBe(m.arrival!.scheduled);
      expect(m.overall.failed).toBe(0);
    }
    for (const name of ['a', 'b', 'c']) {
      expect(endpointOf(b, name).requests).toBe(endpointOf(c, name).requests);
      // What each server got is what its recorder counted.
      expect(canary.log.byEndpoint.get(`/${name}`)).toBe(endpointOf(c, name).requests);
      expect(baseline.log.byEndpoint.get(`/${name}`)).toBe(endpointOf(b, name).requests);
    }
    // Still the weighted mix: b about half.
    expect(endpointOf(c, 'b').requests / c.overall.requests).toBeGreaterThan(0.4);
    expect(endpointOf(c, 'b').requests / c.overall.requests).toBeLessThan(0.6);
    // One generator: the same health in both.
    expect(b.generator).toEqual(c.generator);
  });

  it('shows a slower canary endpoint in the canary numbers only', async () => {
    const { canary, baseline } = await startTwins({
      delayMs: ({ role, endpoint }) => (role === 'canary' && endpoint === '/b' ? 25 : 2),
    });
    const outcome = await runLoadWithBaseline(openSettings(canary.url, baseline.url));
    const c = outcome.measurements;
    const b = outcome.baseline!;

    expect(endpointOf(c, 'b').latency.p50).toBeGreaterThanOrEqual(25);
    expect(endpointOf(b, 'b').latency.p50).toBeLessThan(15);
    expect(endpointOf(c, 'b').latency.p50 - endpointOf(b, 'b').latency.p50).toBeGreaterThan(15);
    // The other endpoints are alike on both (within the noise of a shared machine).
    for (const name of ['a', 'c']) {
      expect(Math.abs(endpointOf(c, name).latency.p50 - endpointOf(b, name).latency.p50)).toBeLessThan(8);
    }
    for (const name of ['a', 'b', 'c'])
      expect(endpointOf(b, name).requests).toBe(endpointOf(c, name).requests);
  });

  it('shows a slowdown of both targets on both series, at the same seconds', async () => {
    const shared = (sinceFirstMs: number): boolean => sinceFirstMs >= 2000 && sinceFirstMs < 4000;
    const { canary, baseline } = await startTwins({
      delayMs: ({ sinceFirstMs }) => (shared(sinceFirstMs) ? 50 : 2),
    });
    const outcome = await runLoadWithBaseline(
      openSettings(canary.url, baseline.url, { rate: '100', duration: '6s' }),
    );
    const c = outcome.measurements.timeSeries;
    const b = outcome.baseline!.timeSeries;

    const slow = (p50: number): boolean => p50 >= 40;
    expect(c.filter((point) => slow(point.p50)).map((point) => point.t)).toEqual([3, 4]);
    expect(b.filter((point) => slow(point.p50)).map((point) => point.t)).toEqual([3, 4]);
    // The same arrivals each second (they leave together; a request ending across a second's edge may differ).
    for (let i = 0; i < c.length; i++)
      expect(Math.abs(c[i]!.requests - b[i]!.requests)).toBeLessThanOrEqual(5);
  });

  it('gives each target its own in-flight cap: a canary that falls behind drops only its own copies', async () => {
    const { canary, baseline } = await startTwins({ delayMs: ({ role }) => (role === 'canary' ? 200 : 2) });
    // 5 slots at 200 ms hold 25 req/s of the 100 asked for; a wait of a second is a drop.
    const outcome = await runLoadWithBaseline(
      openSettings(canary.url, baseline.url, { rate: '100', 'max-vus': '5', timeout: '1s' }),
    );
    const c = outcome.measurements.arrival!;
    const b = outcome.baseline!.arrival!;

    expect(c.peakInFlight).toBe(5);
    expect(c.dropped).toBeGreaterThan(c.scheduled / 3);
    expect(c.sent + c.dropped).toBe(c.scheduled);
    expect(b.dropped).toBe(0);
    expect(b.sent).toBe(b.scheduled);
    expect(b.scheduled).toBe(c.scheduled);
    // The baseline's latency is its own: no wait for a canary slot in it.
    expect(outcome.baseline!.overall.latency.p95).toBeLessThan(50);
  });
});

describe('the gate with a live baseline', () => {
  it('passes the baseline on with its origin, without credentials in the label', async () => {
    const { canary, baseline } = await startTwins({ delayMs: () => 1 });
    const withCredentials = baseline.url.replace('http://', 'http://ops:hunter2@') + '/?token=abc';
    const settings = openSettings(canary.url, withCredentials, { rate: '50', duration: '1s' });
    const outcome = await runGate(settings);

    expect(outcome.baseline).toBeDefined();
    expect(outcome.baseline!.origin).toEqual({ kind: 'live', label: baseline.url });
    const measured = 'measurements' in outcome.baseline! ? outcome.baseline.measurements : undefined;
    expect(measured!.overall.requests).toBe(outcome.measurements.overall.requests);
    expect(measured!.generator).toEqual(outcome.measurements.generator);
    expect(JSON.stringify(outcome.baseline)).not.toMatch(/hunter2|token=abc/);
  });

  it('refuses the breakpoint scenario with a live baseline before any request', async () => {
    const { canary, baseline } = await startTwins({});
    const settings = openSettings(canary.url, baseline.url, {
      scenario: 'breakpoint',
      rate: '50',
      duration: '2s',
    });
    await expect(runLoadWithBaseline(settings)).rejects.toThrow(
      /breakpoint scenario does not run with a live baseline/,
    );
    expect(canary.stats.received + baseline.stats.received).toBe(0);
  });
});
