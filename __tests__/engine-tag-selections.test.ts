/**
 * Tag selections measured by the engine against a real server on 127.0.0.1 that
 * answers some requests 201, 404 and 503: each selection's count is exactly what the
 * engine counted per endpoint and status, and what the server answered (less at most
 * the requests in flight at the stop), in one thread and over two worker threads; a
 * fixed schedule gives the same selection counts with 1 and 2 workers; and a
 * threshold on a URL works while the URLs carry 100,000 possible ids.
 */
import { describe, expect, it } from 'vitest';

import { runLoad } from '../src/engine/index.js';
import type { RunMeasurements } from '../src/metrics/measurements.js';
import type { TagSet } from '../src/metrics/tag-set.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { targetPerTest } from './helpers/target-server.js';
import { settingsFrom } from './helpers/traffic-config.js';

const target = targetPerTest();

const selection = (m: RunMeasurements, tags: TagSet) =>
  m.selections?.find((s) => JSON.stringify(s.tags) === JSON.stringify(tags))?.stats;

/** The server's answers, counted by status: /items 1 in 5 is 404, /orders 201, /flaky 1 in 4 is 503. */
async function countingServer() {
  const byStatus = new Map<string, number>();
  const count = (key: string, status: number) => {
    byStatus.set(`${key} ${status}`, (byStatus.get(`${key} ${status}`) ?? 0) + 1);
    return { status, delayMs: 1 };
  };
  const t = await target({
    '/items': (n) => count('items', n % 5 === 0 ? 404 : 200),
    '/orders': () => count('orders', 201),
    '/flaky': (n) => count('flaky', n % 4 === 0 ? 503 : 200),
    '*': (n, request) => count(request.url ?? '', 200),
  });
  return { t, byStatus: (key: string, status: number) => byStatus.get(`${key} ${status}`) ?? 0 };
}

function config(url: string, workers: number): string {
  return `target-url: ${url}
duration: 1500ms
vus: 4
workers: ${workers}
endpoints:
  - { name: items, path: /items, tags: { tier: read } }
  - { name: orders, method: POST, path: /orders, body: '{}', expect-status: 201, tags: { tier: write } }
  - { name: flaky, path: /flaky, tags: { tier: read } }
thresholds:
  - 'http_reqs{status:404}: count>0'
  - 'http_reqs{name:flaky,status:503}: count>0'
  - 'http_reqs{method:POST}: count>0'
  - 'http_reqs{status:201,tier:write}: count>0'
  - 'http_req_failed{expected_response:false}: rate==1'
  - 'http_reqs{error_code:1503}: count>0'
  - 'http_req_duration{tier:read}: p(95)<5000'
  - 'http_reqs{tier:read,status:201}: count<1'
`;
}

async function measure(workers: number) {
  const { t, byStatus } = await countingServer();
  const settings = settingsFrom(config(t.url, workers));
  const m = await runLoad(settings);
  await t.close();
  const counts = {
    '404': selection(m, { status: '404' })?.requests,
    'flaky 503': selection(m, { name: 'flaky', status: '503' })?.requests,
    POST: selection(m, { method: 'POST' })?.requests,
    '201 write': selection(m, { status: '201', tier: 'write' })?.requests,
    unexpected: selection(m, { expected_response: 'false' })?.requests,
    '1503': selection(m, { error_code: '1503' })?.requests,
    read: selection(m, { tier: 'read' })?.requests,
    'read 201': selection(m, { status: '201', tier: 'read' })?.requests,
  };
  const status = (name: string, code: number) =>
    m.endpoints.find((e) => e.name === name)?.statusCounts[String(code)] ?? 0;
  // The engine's own per-endpoint counts: the selections must agree with them exactly.
  const truth = {
    '404': status('items', 404),
    'flaky 503': status('flaky', 503),
    POST: status('orders', 201),
    '201 write': status('orders', 201),
    unexpected: status('items', 404) + status('flaky', 503),
    '1503': status('flaky', 503),
    read: status('items', 404) + status('items', 200) + status('flaky', 503) + status('flaky', 200),
    'read 201': 0,
  };
  // And the server's: only a request in flight at the stop (at most one per VU) is answered but not counted.
  const served = {
    '404': byStatus('items', 404),
    'flaky 503': byStatus('flaky', 503),
    POST: byStatus('orders', 201),
  };
  for (const [key, count] of Object.entries(served)) {
    const measured = counts[key as keyof typeof served]!;
    expect(measured, key).toBeLessThanOrEqual(count);
    expect(measured, key).toBeGreaterThanOrEqual(count - 4);
  }
  return { m, settings, counts, truth };
}

describe('tag selections in a run', () => {
  it('counts each selection exactly as the server answered, in one thread and in two workers', async () => {
    for (const workers of [1, 2]) {
      const { m, settings, counts, truth } = await measure(workers);
      expect(m.generator?.workers?.length ?? 1).toBe(workers);
      expect(counts, `workers: ${workers}`).toEqual(truth);
      expect(truth['404']).toBeGreaterThan(0);
      expect(truth['flaky 503']).toBeGreaterThan(0);
      // Every threshold on a selection holds, and the one on an empty selection fails for no data.
      const results = evaluateThresholds(settings.thresholds, m).results;
      expect(results.map((r) => r.status)).toEqual([
        'pass',
        'pass',
        'pass',
        'pass',
        'pass',
        'pass',
        'pass',
        'fail',
      ]);
      expect(results[7]!.note).toContain('no requests completed for the requests {status:201,tier:read}');
    }
  });

  it('gives the same selection counts with 1 worker and with 2 on a fixed schedule', async () => {
    const counts: Record<string, number | undefined>[] = [];
    for (const workers of [1, 2]) {
      const t = await target({ '/items': (n) => ({ status: n % 5 === 0 ? 404 : 200 }) });
      // 150 arrivals at 150 req/s: /items answers exactly 30 of them 404, whoever sends them.
      const settings = settingsFrom(`target-url: ${t.url}
rate: 150
duration: 1s
max-vus: 50
workers: ${workers}
endpoints:
  - { name: items, path: /items, tags: { tier: read } }
thresholds:
  - 'http_reqs{status:404}: count>0'
  - 'http_reqs{tier:read,expected_response:true}: count>0'
  - 'http_req_duration{error_code:1404}: p(95)<5000'
`);
      const m = await runLoad(settings);
      await t.close();
      expect(m.arrival?.sent).toBe(150);
      counts.push({
        '404': selection(m, { status: '404' })?.requests,
        ok: selection(m, { expected_response: 'true', tier: 'read' })?.requests,
        '1404': selection(m, { error_code: '1404' })?.latency.count,
      });
    }
    expect(counts[0]).toEqual({ '404': 30, ok: 120, '1404': 30 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('judges a threshold on one URL while the URLs carry 100,000 possible ids', async () => {
    const t = await target({ '*': { status: 200 } });
    const settings = settingsFrom(`target-url: ${t.url}
duration: 1s
vus: 2
endpoints:
  - { name: item, path: '/items/{{randomInt 100000 199999}}' }
  - { name: seven, path: /items/7 }
thresholds:
  - 'http_req_duration{url:${t.url}/items/7}: p(95)<5000'
  - 'http_reqs{url:"${t.url}/items/100000"}: count<1000'
`);
    const m = await runLoad(settings);
    const seven = m.endpoints.find((e) => e.name === 'seven')!;
    expect(seven.requests).toBeGreaterThan(0);
    expect(selection(m, { url: `${t.url}/items/7` })?.requests).toBe(seven.requests);
    // One selection per threshold, whatever the number of distinct URLs sent.
    expect(m.selections).toHaveLength(2);
    expect(m.endpoints.find((e) => e.name === 'item')!.requests).toBeGreaterThan(50);
    const results = evaluateThresholds(settings.thresholds, m).results;
    expect(results[0]).toMatchObject({ status: 'pass' });
    expect(results[0]!.actual).toBeGreaterThan(0);
  });
});
