/**
 * The "Request timing" section of report.md and the k6-style lines of the text summary:
 * the p95 of each phase per endpoint, read from the phase histograms of the
 * measurements, and the iterations line; nothing for results without them.
 */
import { describe, expect, it } from 'vitest';

import { EndpointAccumulator } from '../src/metrics/endpoint-accumulator.js';
import type { RequestOutcome } from '../src/metrics/metrics-recorder.js';
import { formatMs } from '../src/report/format.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { timingSection } from '../src/report/timing-section.js';
import { buildReportFixture } from './helpers/report-fixture.js';

/** An outcome with these phases, in ms. */
function timed(waitingMs: number, receivingMs: number, connectingMs = 0): RequestOutcome {
  return {
    status: 200,
    ok: true,
    errorClass: null,
    sent: true,
    bytesSent: 0,
    bytesReceived: 0,
    timed: true,
    connectionOpened: connectingMs > 0,
    blockedUs: 10,
    connectingUs: connectingMs * 1000,
    tlsHandshakingUs: 0,
    sendingUs: 20,
    waitingUs: waitingMs * 1000,
    receivingUs: receivingMs * 1000,
  };
}

describe('the request timing section', () => {
  it('shows the p95 of each phase per endpoint, so a slow first byte reads apart from a slow body', () => {
    const ctx = buildReportFixture();
    const m = ctx.measurements;
    const slowServer = new EndpointAccumulator();
    const slowBody = new EndpointAccumulator();
    for (let i = 0; i < 100; i++) {
      slowServer.timing.record(timed(250, 1, i === 0 ? 3 : 0));
      slowBody.timing.record(timed(2, 180));
    }
    m.endpoints[0]!.timings = slowServer.timing.toTimings();
    m.endpoints[1]!.timings = slowBody.timing.toTimings();
    const total = new EndpointAccumulator();
    slowServer.addTo(total);
    slowBody.addTo(total);
    m.overall.timings = total.timing.toTimings();
    m.execution = {
      iterations: 200,
      iterationDuration: { ...m.overall.latency },
      iterationHistogram: m.overall.histogram,
      vus: 10,
      vusMax: 12,
      droppedIterations: 0,
    };

    const section = timingSection(ctx).join('\n');
    const rowOf = (name: string) => section.split('\n').find((line) => line.startsWith(`| ${name} |`))!;
    // Endpoint, timed, new connections, blocked, connecting, TLS, sending, waiting, receiving.
    const server = rowOf(m.endpoints[0]!.name)
      .split('|')
      .map((cell) => cell.trim());
    expect(server.slice(2, 4)).toEqual(['100', '1']);
    expect(server[8]).toBe('250 ms');
    expect(server[9]).toBe(formatMs(1));
    const body = rowOf(m.endpoints[1]!.name)
      .split('|')
      .map((cell) => cell.trim());
    expect(body[8]).toBe(formatMs(2));
    expect(body[9]).toBe('180 ms');
    expect(rowOf('**Total**')).toContain('| 200 | 1 |');
    expect(section).toContain('Iterations: 200 iterations');
    expect(section).toContain('vus 10, vus_max 12');
    expect(renderMarkdownReport(ctx)).toContain('### Request timing');

    const text = renderTextSummary(ctx);
    expect(text).toMatch(/http_req_waiting\.+: avg=/);
    expect(text).toMatch(/http_req_receiving\.+: avg=/);
    expect(text).toMatch(/iterations\.+: 200 /);
    // A phase that is 0 on reused connections has 0 as its min.
    expect(text).toMatch(/http_req_connecting\.+: avg=\S+ min=0ms /);
  });

  it('is absent for results without a timing breakdown or iterations', () => {
    const ctx = buildReportFixture();
    delete ctx.measurements.execution;
    expect(timingSection(ctx)).toEqual([]);
    expect(renderTextSummary(ctx)).not.toContain('http_req_waiting');
  });
});
