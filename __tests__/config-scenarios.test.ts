/** The `scenarios:` mapping of the config file: executors, their options, and the mistakes refused before any load. */
import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { issuesOf, settingsFrom } from './helpers/traffic-config.js';

const TARGET = 'target-url: http://127.0.0.1:1';

describe('scenarios: settings', () => {
  it('reads each executor with k6 defaults, kebab-case or camelCase options', () => {
    const settings = settingsFrom(`${TARGET}
scenarios:
  steady: { executor: constant-vus, vus: 5, duration: 30s }
  ramp: { executor: ramping-vus, startVUs: 0, stages: [{ duration: 10s, target: 8 }] }
  rate: { executor: constant-arrival-rate, rate: 120, time-unit: 1m, duration: 20s, pre-allocated-vus: 4 }
  burst:
    executor: ramping-arrival-rate
    startRate: 2
    timeUnit: 500ms
    preAllocatedVUs: 2
    maxVUs: 10
    stages: [{ duration: 5s, target: 10 }]
    startTime: 30s
    gracefulStop: 5s
  each: { executor: per-vu-iterations, vus: 2, iterations: 3 }
  shared: { executor: shared-iterations, vus: 2, iterations: 7, maxDuration: 1m }
`);
    const byName = Object.fromEntries(settings.scenarios!.map((s) => [s.name, s]));
    expect(byName.steady).toMatchObject({
      stages: [
        { durationMs: 0, target: 5 },
        { durationMs: 30_000, target: 5 },
      ],
      maxVus: 5,
      plannedMs: 30_000,
      startTimeMs: 0,
      gracefulStopMs: 30_000,
    });
    expect(byName.ramp).toMatchObject({
      stages: [
        { durationMs: 0, target: 0 },
        { durationMs: 10_000, target: 8 },
      ],
      maxVus: 8,
    });
    // 120 per minute is 2 per second; max-vus defaults to pre-allocated-vus, as in k6.
    expect(byName.rate).toMatchObject({
      model: 'open',
      stages: [{ target: 2 }, { target: 2 }],
      maxVus: 4,
      preAllocatedVus: 4,
    });
    // Targets per 500 ms are twice as many per second.
    expect(byName.burst).toMatchObject({
      stages: [
        { durationMs: 0, target: 4 },
        { durationMs: 5000, target: 20 },
      ],
      maxVus: 10,
      startTimeMs: 30_000,
      gracefulStopMs: 5000,
    });
    expect(byName.each).toMatchObject({ iterations: { kind: 'per-vu', iterations: 3 }, plannedMs: 600_000 });
    expect(byName.shared).toMatchObject({ iterations: { kind: 'shared', iterations: 7 }, plannedMs: 60_000 });
    // Without their own journey, scenarios take the top level's endpoints.
    expect(byName.steady!.endpoints.map((e) => e.name)).toEqual(['GET /']);
  });

  it('suggests the executor meant by a typo, at its file:line', () => {
    const issues = issuesOf(
      `${TARGET}\nscenarios:\n  api:\n    executor: constant-arival-rate\n    rate: 5\n`,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^\.github\/loadgate\.yml:4:15 \(scenarios\.api\.executor\): got "constant-arival-rate"; expected one of .*; did you mean "constant-arrival-rate"\?$/,
    );
  });

  it('refuses an option of another executor, naming what this one takes', () => {
    const issues = issuesOf(
      `${TARGET}\nscenarios:\n  browse: { executor: constant-vus, vus: 2, duration: 5s, rate: 10 }\n`,
    );
    expect(issues).toEqual([
      expect.stringMatching(
        /\(scenarios\.browse\.rate\): rate is not an option of constant-vus; it takes vus and duration/,
      ),
    ]);
  });

  it('refuses an option given in both spellings, a missing required one, and k6 cross-checks', () => {
    const issues = issuesOf(`${TARGET}
scenarios:
  a: { executor: constant-arrival-rate, rate: 5, duration: 5s, time-unit: 1s, timeUnit: 2s, preAllocatedVUs: 1 }
  b: { executor: constant-arrival-rate, rate: 5, duration: 5s }
  c: { executor: constant-arrival-rate, rate: 5, duration: 5s, preAllocatedVUs: 5, maxVUs: 2 }
  d: { executor: shared-iterations, vus: 5, iterations: 2 }
  e: { executor: constant-vus, vus: 2 }
`);
    expect(issues).toEqual([
      expect.stringMatching(/\(scenarios\.a\.timeUnit\): got both time-unit and timeUnit/),
      expect.stringMatching(
        /\(scenarios\.b\): got no pre-allocated-vus; expected pre-allocated-vus for the constant-arrival-rate executor/,
      ),
      expect.stringMatching(/\(scenarios\.c\.maxVUs\): got 2, below pre-allocated-vus \(5\)/),
      expect.stringMatching(
        /\(scenarios\.d\.iterations\): got 2 iterations for 5 VUs; expected at least as many iterations as VUs/,
      ),
      expect.stringMatching(
        /\(scenarios\.e\): got no duration; expected duration for the constant-vus executor/,
      ),
    ]);
  });

  it('refuses top-level load keys beside scenarios:, naming both', () => {
    const issues = issuesOf(`${TARGET}\nvus: 5\nscenarios:\n  a: { executor: constant-vus, duration: 5s }\n`);
    expect(issues).toEqual([
      expect.stringMatching(
        /^\.github\/loadgate\.yml:2:6 \(vus\): got vus together with scenarios: \(\.github\/loadgate\.yml:4:3 \(scenarios\)\)|^\.github\/loadgate\.yml:2:6 \(vus\): got vus together with scenarios: \(\.github\/loadgate\.yml:\d+:\d+ \(scenarios\)\)/,
      ),
    ]);
    const fromInput = issuesOf(
      `${TARGET}\nscenarios:\n  a: { executor: constant-vus, duration: 5s }\n`,
      {},
      { rate: '10' },
    );
    expect(fromInput).toEqual([expect.stringMatching(/^input 'rate': got rate together with scenarios:/)]);
  });

  it('refuses a threshold naming an unknown scenario with "did you mean", with or without scenarios:', () => {
    const issues = issuesOf(`${TARGET}
thresholds: ['http_req_duration{scenario:chekout}: p(95)<200']
scenarios:
  checkout: { executor: constant-vus, duration: 5s }
`);
    expect(issues).toEqual([
      expect.stringMatching(
        /\(thresholds\[0\]\): got the tag \{scenario:chekout\} .*no scenario named "chekout"; did you mean "checkout"\?/,
      ),
    ]);
    const single = issuesOf(`${TARGET}\nthresholds: ['http_req_failed{scenario:defualt}: rate<0.01']\n`);
    expect(single).toEqual([expect.stringMatching(/did you mean "default"\?/)]);
    expect(
      settingsFrom(`${TARGET}\nthresholds: ['http_req_failed{scenario:default}: rate<0.01']\n`).thresholds[0]!
        .tags,
    ).toEqual({ scenario: 'default' });
  });

  it('checks an endpoint tag against the scenario it names', () => {
    const issues = issuesOf(`${TARGET}
thresholds: ['http_req_duration{scenario:a,endpoint:GET /b}: p(95)<200']
scenarios:
  a: { executor: constant-vus, duration: 5s, endpoints: ['/a'] }
  b: { executor: constant-vus, duration: 5s, endpoints: ['/b'] }
`);
    expect(issues).toEqual([
      expect.stringMatching(/the scenario "a" has no endpoint named "GET \/b"; did you mean "GET \/a"\?/),
    ]);
  });

  it('checks each scenario journey like the top level: templates need a data column, a capture or env', () => {
    const issues = issuesOf(`${TARGET}
scenarios:
  a:
    executor: constant-vus
    duration: 5s
    env: { TENANT: acme }
    endpoints: ['/t/{{TENANT}}', '/u/{{USER}}']
`);
    expect(issues).toEqual([expect.stringMatching(/\(scenarios\.a\.endpoints\[1\]\): .*uses \{\{USER\}\}/)]);
  });

  it('reads the example config: two scenarios sharing the top-level journey', () => {
    const read = (name: string): string =>
      fs.readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
    const settings = settingsFrom(
      read('loadgate.scenarios.yml'),
      { 'examples/users.csv': read('users.csv') },
      { 'target-url': 'http://127.0.0.1:1' },
    );
    const [baseline, capacity] = settings.scenarios!;
    expect(baseline).toMatchObject({
      name: 'baseline',
      executor: 'ramping-vus',
      maxVus: 10,
      plannedMs: 13_000,
    });
    expect(capacity).toMatchObject({
      name: 'capacity',
      model: 'open',
      startTimeMs: 14_000,
      tags: { test: 'capacity' },
    });
    expect(capacity!.traffic?.setup.map((step) => step.name)).toEqual(['login']);
    expect(baseline!.traffic?.thinkTime).toEqual({ minMs: 50, maxMs: 150 });
    expect(capacity!.traffic?.thinkTime).toBeUndefined();
    expect(settings.stages).toEqual([{ durationMs: 24_000, target: 50 }]);
  });

  it('refuses a checks threshold naming a scenario that has no checks', () => {
    const issues = issuesOf(`${TARGET}
thresholds: ['checks{scenario:a}: rate>0.99', 'checks{scenario:b}: rate>0.99']
scenarios:
  a: { executor: constant-vus, duration: 5s, endpoints: ['/a'] }
  b: { executor: constant-vus, duration: 5s, endpoints: [{ path: /b, checks: [{ name: ok, status: 200 }] }] }
`);
    expect(issues).toEqual([
      expect.stringMatching(
        /\(thresholds\[0\]\): got "checks\{scenario:a\}: rate>0.99", but no endpoint has checks/,
      ),
    ]);
  });
});
