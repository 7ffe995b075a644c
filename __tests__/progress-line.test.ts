import { describe, expect, it } from 'vitest';

import { defaultPublishSettings } from '../src/config/publish-settings.js';
import type { Settings } from '../src/config/settings.js';
import type { ProgressSample } from '../src/engine/index.js';
import { describeRun, formatProgressLine } from '../src/progress-line.js';

const sample = (over: Partial<ProgressSample>): ProgressSample => ({
  elapsedMs: 10_000,
  plannedMs: 30_000,
  vus: 20,
  requests: 8124,
  errors: 0,
  intervalMs: 5000,
  rps: 812.4,
  p95Ms: 12,
  errorPercent: 0,
  ...over,
});

describe('the progress line', () => {
  it('shows one target as before', () => {
    expect(formatProgressLine(sample({}))).toBe(
      '[ 10s/30s] vus=20 req/s=812.4 p95=12.0ms errors=0.00% (8,124 requests)',
    );
  });

  it('shows both targets with a live baseline', () => {
    const line = formatProgressLine(
      sample({ baseline: sample({ rps: 809, p95Ms: 11, requests: 8090, errorPercent: 0.5 }) }),
    );
    expect(line).toBe(
      '[ 10s/30s] vus=20 canary req/s=812.4 p95=12.0ms errors=0.00% | baseline req/s=809.0 p95=11.0ms errors=0.50% (8,124 + 8,090 requests)',
    );
  });

  it('names the live baseline, without its credentials, when the run starts', () => {
    const settings: Settings = {
      targetUrl: 'https://canary.example.com',
      stages: [{ durationMs: 30_000, target: 20 }],
      maxVus: 20,
      endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
      thresholds: [],
      headers: {},
      timeoutMs: 5000,
      failOnBreach: true,
      autoRollback: true,
      reportDir: 'r',
      publish: defaultPublishSettings(),
      baseline: {
        source: { kind: 'live', url: 'https://u:p@old.example.com' },
        missing: 'fail',
        confidence: 0.95,
      },
    };
    expect(describeRun(settings)).toBe(
      'https://canary.example.com, 1 endpoint, up to 20 VUs for 30s, the same traffic to the live baseline https://old.example.com',
    );
  });
});
