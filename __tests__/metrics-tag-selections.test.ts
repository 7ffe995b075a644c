/**
 * Tag selections (metrics/tag-selections.ts): which requests each selection takes,
 * k6's error codes, the exact merge of parts, memory that does not grow with the
 * number of distinct tag values, and thresholds judged on a selection.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { k6ErrorCode } from '../src/metrics/k6-error-codes.js';
import type { ErrorClass, RunMeasurements } from '../src/metrics/measurements.js';
import { mergeMeasurements } from '../src/metrics/merge-measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../src/metrics/metrics-recorder.js';
import { TagSelections } from '../src/metrics/tag-selections.js';
import type { TagSet } from '../src/metrics/tag-set.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { thresholdSelections } from '../src/slo/threshold-selections.js';

const ORIGIN = 'http://127.0.0.1:8080';
const ENDPOINTS = [
  { name: 'items', method: 'GET', path: '/items/{{id}}', tags: { tier: 'read' } },
  { name: 'orders', method: 'POST', path: '/orders', tags: { tier: 'write' } },
  { name: 'health', method: 'GET', path: '/health' },
];

function outcome(status: number, path: string, extra: Partial<RequestOutcome> = {}): RequestOutcome {
  const okStatus = status >= 200 && status < 400;
  const errorClass: ErrorClass | null = okStatus
    ? null
    : status >= 500
      ? 'http_5xx'
      : status >= 400
        ? 'http_4xx'
        : 'connection_refused';
  return {
    status,
    ok: okStatus,
    errorClass,
    errorCause: status === 0 ? 'ECONNREFUSED' : null,
    sent: status !== 0,
    bytesSent: 10,
    bytesReceived: 20,
    path,
    ...extra,
  };
}

/** A recorder on a hand-driven clock, the given thresholds' selections, and a way to record. */
function recorderFor(thresholds: string[], scenario?: string) {
  const clock = { now: 0 };
  const recorder = new MetricsRecorder(ENDPOINTS, {
    now: () => clock.now,
    wallClock: () => Date.UTC(2030, 0, 1) + clock.now,
    selections: thresholdSelections(thresholds.map((text) => parseThreshold({ text, origin: 'test' }))),
    origin: ORIGIN,
    ...(scenario !== undefined ? { scenario } : {}),
  });
  recorder.start();
  return { recorder, clock };
}

/** Requests of a known mix: per 10 of items, 7 → 200, 2 → 404, 1 → 503; orders 201; health 200 and refused. */
function driveMix(recorder: MetricsRecorder, clock: { now: number }, rounds: number, offsetMs = 0): void {
  for (let i = 0; i < rounds; i++) {
    clock.now = offsetMs + i * 10;
    const status = i % 10 === 0 ? 503 : i % 10 < 3 ? 404 : 200;
    recorder.record(0, 1000 + i, outcome(status, `/items/${i}`), clock.now);
    recorder.record(1, 2000, outcome(201, '/orders'), clock.now);
    recorder.record(2, 500, outcome(i % 5 === 0 ? 0 : 200, '/health'), clock.now);
  }
}

const selectionOf = (m: RunMeasurements, tags: TagSet) =>
  m.selections?.find((s) => JSON.stringify(s.tags) === JSON.stringify(tags));

describe('tag selections', () => {
  it('keeps the tag sets thresholds name, once each, canonical, without those the run and endpoints hold', () => {
    const thresholds = [
      'http_req_duration: p(95)<500',
      'http_req_duration{endpoint:items}: p(95)<500',
      'http_req_duration{name:items}: p(95)<500',
      'http_req_failed{status:503}: rate<1',
      'http_reqs{status:503}: count>0',
      'http_req_duration{method:POST,tier:write}: p(95)<500',
      'http_req_duration{tier:write,method:POST}: p(99)<500',
      'checks{endpoint:items}: rate>0.9',
    ].map((text) => parseThreshold({ text, origin: 'test' }));
    expect(thresholdSelections(thresholds)).toEqual([{ status: '503' }, { method: 'POST', tier: 'write' }]);
    const scenario = [
      parseThreshold({ text: 'http_reqs{scenario:write,status:201}: count>0', origin: 't' }),
      parseThreshold({ text: 'http_reqs{scenario:read,status:200}: count>0', origin: 't' }),
      parseThreshold({ text: 'http_reqs{status:404}: count>0', origin: 't' }),
    ];
    expect(thresholdSelections(scenario, 'write')).toEqual([{ status: '201' }, { status: '404' }]);
    // Without scenarios the run is the scenario `default`: thresholds on others are not recorded here.
    expect(thresholdSelections(scenario)).toEqual([{ status: '404' }]);
    const onDefault = [
      parseThreshold({ text: 'http_reqs{scenario:default,status:404}: count>0', origin: 't' }),
    ];
    expect(thresholdSelections(onDefault)).toEqual([{ status: '404' }]);
  });

  it('times the requests of a selection phase by phase, as an endpoint is timed', () => {
    const { recorder, clock } = recorderFor(['http_req_waiting{status:200}: p(95)<50']);
    const timed = (waitingUs: number): Partial<RequestOutcome> => ({
      timed: true,
      connectionOpened: false,
      blockedUs: 0,
      connectingUs: 0,
      tlsHandshakingUs: 0,
      sendingUs: 10,
      waitingUs,
      receivingUs: 20,
    });
    for (let i = 0; i < 20; i++) {
      clock.now = i * 10;
      recorder.record(0, 40_000, outcome(200, `/items/${i}`, timed(30_000)), clock.now);
      recorder.record(0, 90_000, outcome(503, `/items/${i}`, timed(80_000)), clock.now);
    }
    clock.now = 1000;
    recorder.finish();
    const m = recorder.snapshot();
    const selected = selectionOf(m, { status: '200' })!;
    expect(selected.stats.timings?.phases.waiting.count).toBe(20);
    expect(selected.stats.timings?.phases.waiting.max).toBeCloseTo(30, 0);
    // The whole endpoint holds the 503s' 80 ms waits too; the selection judges its own.
    expect(m.endpoints[0]!.timings?.phases.waiting.max).toBeCloseTo(80, 0);
    const [result] = evaluateThresholds(
      [parseThreshold({ text: 'http_req_waiting{status:200}: p(95)<50', origin: 'test' })],
      m,
    ).results;
    expect(result!.status).toBe('pass');
    expect(result!.actual).toBeCloseTo(30, 0);
  });

  it('counts exactly the requests each selection takes: status, method, name, expected_response, error_code, custom tags', () => {
    const { recorder, clock } = recorderFor([
      'http_reqs{status:503}: count>0',
      'http_reqs{status:404,name:items}: count>0',
      'http_reqs{method:POST}: count>0',
      'http_reqs{expected_response:false}: count>0',
      'http_reqs{expected_response:true,tier:read}: count>0',
      'http_reqs{error_code:1212}: count>0',
      'http_reqs{error_code:1404}: count>0',
      'http_reqs{tier:write,status:201}: count>0',
      'http_reqs{tier:read,method:POST}: count>0',
      'http_reqs{group:::setup}: count>0',
    ]);
    driveMix(recorder, clock, 200);
    clock.now = 2500;
    recorder.finish();
    const m = recorder.snapshot();
    const count = (tags: TagSet) => selectionOf(m, tags)?.stats.requests;
    const items = m.endpoints[0]!;
    const health = m.endpoints[2]!;
    expect(count({ status: '503' })).toBe(m.overall.statusCounts['503']);
    expect(count({ status: '503' })).toBe(20);
    expect(count({ name: 'items', status: '404' })).toBe(items.statusCounts['404']);
    expect(count({ name: 'items', status: '404' })).toBe(40);
    expect(count({ method: 'POST' })).toBe(200);
    expect(count({ expected_response: 'false' })).toBe(m.overall.failed);
    expect(count({ expected_response: 'false' })).toBe(20 + 40 + 40);
    expect(count({ expected_response: 'true', tier: 'read' })).toBe(items.succeeded);
    expect(count({ error_code: '1212' })).toBe(health.failed);
    expect(count({ error_code: '1404' })).toBe(40);
    expect(count({ status: '201', tier: 'write' })).toBe(200);
    expect(count({ method: 'POST', tier: 'read' })).toBe(0);
    // Gated requests are in k6's root group; setup requests are not gated traffic.
    expect(count({ group: '::setup' })).toBe(0);
    const refused = selectionOf(m, { error_code: '1212' })!.stats;
    expect(refused.errors.connection_refused).toBe(40);
    expect(refused.latency.count).toBe(0);
    // The selection keeps its seconds, for the baseline judge.
    const points = selectionOf(m, { status: '503' })!.points;
    expect(points.reduce((sum, point) => sum + point.requests, 0)).toBe(20);
    expect(points.length).toBe(m.intervals!.overall.length);
  });

  it('matches the url as sent and tags the request carries', () => {
    const { recorder, clock } = recorderFor([
      `http_reqs{url:${ORIGIN}/items/7}: count>0`,
      'http_reqs{url:"http://elsewhere.example/items/7"}: count>0',
      'http_reqs{tenant:acme}: count>0',
      'http_reqs{tier:read,tenant:acme}: count>0',
    ]);
    driveMix(recorder, clock, 50);
    recorder.record(0, 100, outcome(200, '/items/7'), 600);
    recorder.record(1, 100, outcome(201, '/orders', { scenario: 'write', tags: { tenant: 'acme' } }), 600);
    // An endpoint's own tag wins over the request's (k6: request tags over scenario tags).
    recorder.record(0, 100, outcome(200, '/items/8', { tags: { tenant: 'acme', tier: 'write' } }), 600);
    clock.now = 1000;
    recorder.finish();
    const m = recorder.snapshot();
    const count = (tags: TagSet) => selectionOf(m, tags)?.stats.requests;
    expect(count({ url: `${ORIGIN}/items/7` })).toBe(2);
    expect(count({ url: 'http://elsewhere.example/items/7' })).toBe(0);
    // A scenario's thresholds are judged on its own recorder (scenario-scope.ts): none is kept here.
    expect(m.selections?.some((selection) => 'scenario' in selection.tags)).toBe(false);
    expect(count({ tenant: 'acme' })).toBe(2);
    expect(count({ tenant: 'acme', tier: 'read' })).toBe(1);
  });

  it("gives k6's error codes: 1000 + status from 400, the transport failure's code, none below 400", () => {
    const code = (status: number, errorClass: ErrorClass | null, errorCause?: string) =>
      k6ErrorCode({ status, errorClass, errorCause: errorCause ?? null });
    expect(code(200, null)).toBe(0);
    expect(code(302, 'unexpected_status')).toBe(0);
    expect(code(404, 'http_4xx')).toBe(1404);
    expect(code(503, 'http_5xx')).toBe(1503);
    expect(code(0, 'timeout', 'LOADGATE_REQUEST_TIMEOUT')).toBe(1050);
    expect(code(0, 'connection_refused', 'ECONNREFUSED')).toBe(1212);
    expect(code(0, 'connection_reset', 'ECONNRESET')).toBe(1220);
    expect(code(0, 'connection_reset', 'EPIPE')).toBe(1201);
    expect(code(0, 'timeout', 'ETIMEDOUT')).toBe(1211);
    expect(code(0, 'dns', 'ENOTFOUND')).toBe(1101);
    expect(code(0, 'dns', 'EAI_AGAIN')).toBe(1100);
    expect(code(0, 'tls', 'DEPTH_ZERO_SELF_SIGNED_CERT')).toBe(1310);
    expect(code(0, 'tls', 'ERR_TLS_CERT_ALTNAME_INVALID')).toBe(1311);
    expect(code(0, 'tls', 'CERT_HAS_EXPIRED')).toBe(1300);
    expect(code(0, 'other', 'HPE_INVALID')).toBe(1000);
  });

  it('merges the selections of parts exactly: counts and histograms as one recorder would have them', () => {
    const thresholds = ['http_req_duration{status:404}: p(95)<500', 'http_reqs{tier:write}: count>0'];
    const whole = recorderFor(thresholds);
    driveMix(whole.recorder, whole.clock, 100);
    driveMix(whole.recorder, whole.clock, 100, 1000);
    whole.clock.now = 2000;
    whole.recorder.finish();
    const parts = [0, 1000].map((offset) => {
      const part = recorderFor(thresholds);
      driveMix(part.recorder, part.clock, 100, offset);
      part.clock.now = 2000;
      part.recorder.finish();
      return part.recorder.snapshot();
    });
    const merged = mergeMeasurements(parts);
    const expected = whole.recorder.snapshot();
    for (const tags of [{ status: '404' }, { tier: 'write' }] as TagSet[]) {
      const a = selectionOf(merged, tags)!.stats;
      const b = selectionOf(expected, tags)!.stats;
      expect(a.requests).toBe(b.requests);
      expect(a.statusCounts).toEqual(b.statusCounts);
      expect(a.latency).toEqual(b.latency);
    }
    // A selection one part did not keep is left out, never undercounted.
    const without = mergeMeasurements([parts[0]!, { ...parts[1]!, selections: [] }]);
    expect(without.selections).toEqual([]);
  });

  it('judges a threshold on its selection, and fails one whose selection holds nothing or was not kept', () => {
    const texts = [
      'http_req_failed{name:items,status:503}: rate>0.99',
      'http_reqs{status:503}: count<10',
      'http_req_duration{tier:write}: max<2.5',
      'http_req_duration{tier:write}: max<1.5',
      'http_reqs{status:418}: count<1',
    ];
    const { recorder, clock } = recorderFor(texts);
    driveMix(recorder, clock, 100);
    clock.now = 1200;
    recorder.finish();
    const m = recorder.snapshot();
    const thresholds = [...texts, 'http_reqs{status:302}: count<1'].map((text) =>
      parseThreshold({ text, origin: 'test' }),
    );
    const results = evaluateThresholds(thresholds, m).results;
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass', 'fail', 'fail', 'fail']);
    expect(results[1]!.actual).toBe(10);
    expect(results[4]!.note).toContain('no requests completed for the requests {status:418}');
    expect(results[5]!.note).toContain('{status:302} were not recorded apart');
  });

  it('does not grow with the number of distinct URLs: 100,000 ids keep one selection and no key per id', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const selections = new TagSelections([{ url: `${ORIGIN}/items/7` }], ENDPOINTS, { origin: ORIGIN });
    const ok = outcome(200, '');
    for (let i = 0; i < 10_000; i++) {
      ok.path = `/items/warm${i}`;
      selections.record(0, 1000, ok);
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100_000; i++) {
      ok.path = `/items/${100_000 + i}`;
      selections.record(0, 1000 + (i % 500), ok);
    }
    ok.path = '/items/7';
    selections.record(0, 4000, ok);
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    // 100,000 kept path strings would take several MB.
    expect(growth).toBeLessThan(1024 * 1024);
    const snapshot = selections.snapshot(1000);
    expect(snapshot).toHaveLength(1);
    expect(snapshot[0]!.stats.requests).toBe(1);
    expect(snapshot[0]!.stats.latency.max).toBeCloseTo(4, 1);
  });
});
