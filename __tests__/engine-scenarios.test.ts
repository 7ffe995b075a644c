/**
 * Several k6-style scenarios in one run (config `scenarios:`), against real servers on
 * 127.0.0.1: concurrent closed and arrival-rate scenarios (the latter with logins),
 * per-scenario measurements that merge exactly into the run's, per-scenario
 * thresholds, start-time ordering, exact iteration counts, and workers 1 vs 2.
 * Counts are exact; times have the wide tolerances of a noisy 2-core machine.
 */
import { describe, expect, it } from 'vitest';

import { runLoad } from '../src/engine/index.js';
import { mergeMeasurements } from '../src/metrics/merge-measurements.js';
import { planFingerprint, planIdentity } from '../src/report/plan-identity.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';
import { settingsFrom } from './helpers/traffic-config.js';

async function withServer<T>(
  routes: Parameters<typeof startTargetServer>[0],
  body: (server: TargetServer) => Promise<T>,
): Promise<T> {
  const server = await startTargetServer(routes);
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

/** A login + API server: /login hands out tokens, /api answers 401 without a valid one. */
function loginApi(record: { logins: number; unauthorized: number; times: Map<string, number[]> }) {
  const stamp = (path: string): void => {
    const list = record.times.get(path) ?? [];
    list.push(performance.now());
    record.times.set(path, list);
  };
  return {
    '/login': () => {
      record.logins++;
      return {
        status: 200,
        body: `{"token":"t${record.logins}"}`,
        headers: { 'content-type': 'application/json' },
      };
    },
    '/api': (_n: number, request: { headers: Record<string, string | string[] | undefined> }) => {
      stamp('/api');
      if (!/^Bearer t\d+$/.test(String(request.headers.authorization ?? ''))) {
        record.unauthorized++;
        return { status: 401 };
      }
      return { status: 200, body: '{"ok":true}' };
    },
    '/browse': () => {
      stamp('/browse');
      return { status: 200, delayMs: 30, body: 'page' };
    },
    '/first': () => {
      stamp('/first');
      return { status: 200 };
    },
    '/second': () => {
      stamp('/second');
      return { status: 200 };
    },
  };
}

const fresh = () => ({ logins: 0, unauthorized: 0, times: new Map<string, number[]>() });

describe('scenarios', () => {
  it('runs a closed scenario and an arrival-rate scenario with logins side by side, each measured apart', async () => {
    const record = fresh();
    await withServer(loginApi(record), async (server) => {
      const settings = settingsFrom(`target-url: ${server.url}
thresholds:
  - 'http_req_duration{scenario:api}: p(95)<2000'
  - 'http_req_duration{scenario:browse}: p(95)<10'
  - 'http_req_failed{scenario:api}: rate==0'
scenarios:
  browse:
    executor: constant-vus
    vus: 2
    duration: 1500ms
    endpoints: ['GET /browse']
  api:
    executor: constant-arrival-rate
    rate: 20
    timeUnit: 1s
    duration: 1500ms
    preAllocatedVUs: 3
    maxVUs: 6
    setup:
      - { name: login, method: POST, path: /login, body: { user: x }, captures: { token: { json: $.token } } }
    endpoints:
      - { name: api, path: /api, headers: { Authorization: 'Bearer {{token}}' }, checks: [{ name: ok, status: 200 }] }
`);
      const m = await runLoad(settings);
      const [browse, api] = m.scenarios!;
      expect(browse!.name).toBe('browse');
      expect(browse!.executor).toBe('constant-vus');
      expect(api!.executor).toBe('constant-arrival-rate');

      // Every request the server saw is in exactly one scenario, and the run is their sum.
      expect(browse!.measurements.overall.requests).toBe(record.times.get('/browse')!.length);
      expect(api!.measurements.overall.requests).toBe(record.times.get('/api')!.length);
      expect(m.overall.requests).toBe(
        browse!.measurements.overall.requests + api!.measurements.overall.requests,
      );
      expect(server.stats.completed).toBe(m.overall.requests + record.logins);

      // The arrival-rate scenario ran full journeys: each VU logged in once, none sent without a token.
      expect(record.unauthorized).toBe(0);
      expect(record.logins).toBeGreaterThanOrEqual(1);
      expect(record.logins).toBeLessThanOrEqual(6);
      expect(api!.measurements.traffic?.setup?.requests).toBe(record.logins);
      const arrival = api!.measurements.arrival!;
      expect(arrival.sent + arrival.dropped).toBe(arrival.scheduled);
      expect(arrival.scheduled).toBe(30);
      expect(api!.measurements.traffic?.checks[0]).toMatchObject({ passes: arrival.sent, fails: 0 });
      // The closed scenario's VUs are busy 30 ms per request: 2 VUs for 1.5 s is at most ~100.
      expect(browse!.measurements.overall.requests).toBeGreaterThan(10);
      expect(browse!.measurements.overall.requests).toBeLessThanOrEqual(110);

      const evaluation = evaluateThresholds(settings.thresholds, m);
      expect(evaluation.results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass']);
      // The failing one was judged on the browse scenario's own latency (30 ms server delay).
      expect(evaluation.results[1]!.actual).toBeGreaterThanOrEqual(29);
      expect(m.plan?.completed).toBe(true);
    });
  }, 20_000);

  it('starts a scenario at its start-time: after the other one ended', async () => {
    const record = fresh();
    await withServer(loginApi(record), async (server) => {
      const settings = settingsFrom(`target-url: ${server.url}
scenarios:
  first: { executor: constant-vus, vus: 1, duration: 500ms, endpoints: ['/first'], gracefulStop: 1s }
  second: { executor: constant-vus, vus: 1, duration: 500ms, start-time: 900ms, endpoints: ['/second'] }
`);
      const m = await runLoad(settings);
      const first = record.times.get('/first')!;
      const second = record.times.get('/second')!;
      expect(Math.min(...second)).toBeGreaterThan(Math.max(...first));
      // It started at its start-time on the run's clock (a timer never fires early).
      expect(m.scenarios![1]!.startTimeMs).toBeGreaterThanOrEqual(890);
      expect(m.plan?.plannedMs).toBe(1400);
      expect(m.overall.requests).toBe(first.length + second.length);
    });
  }, 20_000);

  it('runs exactly the iterations of per-vu-iterations and shared-iterations, in 1 and 2 workers', async () => {
    for (const workers of [1, 2]) {
      const record = fresh();
      await withServer(loginApi(record), async (server) => {
        const settings = settingsFrom(`target-url: ${server.url}
workers: ${workers}
scenarios:
  each: { executor: per-vu-iterations, vus: 3, iterations: 4, maxDuration: 20s, endpoints: ['/first'] }
  shared: { executor: shared-iterations, vus: 3, iterations: 10, max-duration: 20s, endpoints: ['/second'] }
`);
        const m = await runLoad(settings);
        expect(record.times.get('/first')!.length).toBe(12);
        expect(record.times.get('/second')!.length).toBe(10);
        expect(m.scenarios!.map((s) => s.measurements.overall.requests)).toEqual([12, 10]);
        expect(m.overall.requests).toBe(22);
        // The budget ran out long before max-duration: a whole plan.
        expect(m.plan?.completed).toBe(true);
        expect(m.durationMs).toBeLessThan(10_000);
        if (workers === 2) expect(m.generator?.workers).toHaveLength(2);
      });
    }
  }, 60_000);

  it('splits a plan with scenarios into shards whose merge is the whole, scenario by scenario', async () => {
    const record = fresh();
    await withServer(loginApi(record), async (server) => {
      const config = (iterations: number) => `target-url: ${server.url}
scenarios:
  each: { executor: per-vu-iterations, vus: 3, iterations: ${iterations}, endpoints: ['/first'] }
  rate: { executor: constant-arrival-rate, rate: 20, duration: 1s, preAllocatedVUs: 2, endpoints: ['/second'] }
`;
      const settings = settingsFrom(config(5));
      const legs = await Promise.all(
        [0, 1].map((index) => runLoad(settings, { share: { index, count: 2 } })),
      );
      const merged = mergeMeasurements(legs);
      expect(legs.map((leg) => leg.scenarios![0]!.measurements.overall.requests)).toEqual([10, 5]);
      expect(merged.scenarios!.map((s) => [s.name, s.measurements.overall.requests])).toEqual([
        ['each', 15],
        ['rate', record.times.get('/second')!.length],
      ]);
      expect(merged.scenarios![1]!.measurements.arrival!.scheduled).toBe(20);
      expect(merged.overall.requests).toBe(15 + record.times.get('/second')!.length);
      // The scenarios are part of the plan's identity: legs of another plan are told apart.
      expect(planFingerprint(planIdentity(settings))).not.toBe(
        planFingerprint(planIdentity(settingsFrom(config(6)))),
      );
    });
  }, 30_000);

  it('cuts requests still in flight gracefulStop after the scenario end, not at the request timeout', async () => {
    await withServer({ '/hang': { kind: 'stall' } }, async (server) => {
      const settings = settingsFrom(`target-url: ${server.url}
timeout: 20s
scenarios:
  stuck: { executor: constant-vus, vus: 2, duration: 500ms, gracefulStop: 300ms, endpoints: ['/hang'] }
`);
      const started = performance.now();
      const m = await runLoad(settings);
      const took = performance.now() - started;
      // 500 ms of load, 300 ms of grace (and closing the cut connections): well short of the 20 s timeout.
      expect(took).toBeGreaterThan(750);
      expect(took).toBeLessThan(12_000);
      // The cut requests are not measured, and the plan ran whole.
      expect(m.overall.requests).toBe(0);
      expect(m.plan?.completed).toBe(true);
    });
  }, 30_000);

  it('judges live checks on the merged figures with each scenario inside, and stops every scenario', async () => {
    const record = fresh();
    await withServer(loginApi(record), async (server) => {
      const settings = settingsFrom(`target-url: ${server.url}
scenarios:
  early: { executor: constant-vus, vus: 1, duration: 20s, endpoints: ['/first'] }
  late: { executor: constant-vus, vus: 1, duration: 5s, startTime: 15s, endpoints: ['/second'] }
`);
      const seen: string[][] = [];
      const started = performance.now();
      const m = await runLoad(settings, {
        liveChecks: [
          (live) => {
            const snapshot = live.snapshot();
            seen.push((snapshot.scenarios ?? []).map((s) => s.name));
            const early = snapshot.scenarios?.find((s) => s.name === 'early');
            return early && early.measurements.overall.requests > 0 && live.elapsedMs > 1500
              ? 'enough'
              : undefined;
          },
        ],
      });
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(seen[0]).toEqual(['early']);
      expect(m.stoppedEarly).toBe('enough');
      expect(m.plan).toMatchObject({ completed: false });
      // The late scenario never started: nothing sent, its measurements say why.
      expect(record.times.get('/second')).toBeUndefined();
      expect(m.scenarios!.map((s) => [s.name, s.measurements.stoppedEarly])).toEqual([
        ['early', 'enough'],
        ['late', 'enough'],
      ]);
    });
  }, 30_000);

  it("fills a scenario's templates from its env", async () => {
    const seen: string[] = [];
    await withServer(
      {
        '*': (_n, request) => {
          seen.push(String(request.url));
          return { status: 200 };
        },
      },
      async (server) => {
        const settings = settingsFrom(`target-url: ${server.url}
scenarios:
  acme: { executor: per-vu-iterations, vus: 1, iterations: 3, env: { TENANT: acme }, endpoints: ['/t/{{TENANT}}'] }
  globex: { executor: per-vu-iterations, vus: 1, iterations: 2, env: { TENANT: globex }, endpoints: ['/t/{{TENANT}}'] }
`);
        const m = await runLoad(settings);
        expect(seen.filter((url) => url === '/t/acme')).toHaveLength(3);
        expect(seen.filter((url) => url === '/t/globex')).toHaveLength(2);
        expect(seen).toHaveLength(5);
        expect(m.scenarios!.map((s) => s.measurements.overall.requests)).toEqual([3, 2]);
      },
    );
  }, 30_000);

  it('an arrival-rate scenario whose logins all fail sends no gated request and ends on time, its arrivals dropped', async () => {
    await withServer({ '/login': { status: 403 }, '/api': { status: 200 } }, async (server) => {
      const settings = settingsFrom(`target-url: ${server.url}
scenarios:
  api:
    executor: constant-arrival-rate
    rate: 10
    duration: 1s
    preAllocatedVUs: 2
    maxVUs: 2
    setup: [{ name: login, method: POST, path: /login, captures: { token: { json: $.token } } }]
    endpoints: [{ path: /api, headers: { Authorization: 'Bearer {{token}}' } }]
`);
      const started = performance.now();
      const m = await runLoad(settings);
      expect(performance.now() - started).toBeLessThan(8000);
      const arrival = m.scenarios![0]!.measurements.arrival!;
      expect(m.overall.requests).toBe(0);
      expect(server.stats.completedByStatus.get(200) ?? 0).toBe(0);
      expect(arrival.sent).toBe(0);
      expect(arrival.dropped).toBe(arrival.scheduled);
      expect(arrival.scheduled).toBe(10);
      const setup = m.traffic!.setup!;
      expect(setup.requests).toBe(server.stats.completed);
      expect(setup.failed).toBe(setup.requests);
    });
  }, 30_000);
});
