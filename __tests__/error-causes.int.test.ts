/**
 * Failures with their causes, and the verdict when no request reached the target:
 * the whole gate in-process against real servers on 127.0.0.1 (TLS with throwaway
 * certificates, a server that answers garbage, one with 100 KB of headers, a closed
 * port) and a `.invalid` host name, which never resolves (RFC 6761).
 *
 * Every run is the open model at a low rate for about a second: a bounded number of
 * requests (and of DNS lookups), however fast each one fails.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { runGate, type GateOutcome } from '../src/gate.js';
import { gateOutputs } from '../src/gate-outputs.js';
import { deriveFindings } from '../src/report/findings.js';
import { markdownText } from '../src/report/markdown-text.js';
import type { ResultsDocument } from '../src/report/results-document.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { startTargetServer, unusedPort } from './helpers/target-server.js';
import { makeTestCertificates, startHttpsTarget, type TestCertificates } from './helpers/tls-certs.js';

const RATE = 20;

interface Judged {
  outcome: GateOutcome;
  results: ResultsDocument;
  markdown: string;
  html: string;
}

async function gate(targetUrl: string, inputs: Partial<RawInputs> = {}): Promise<Judged> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-causes-'));
  const settings = resolveSettings(
    rawInputs({
      'target-url': targetUrl,
      rate: String(RATE),
      duration: '1s',
      timeout: '2s',
      thresholds: 'http_req_failed: rate<0.01',
      'report-dir': path.join(workspace, 'report'),
      // In this thread: the tests trust their CA with tls.setDefaultCACertificates, which a worker thread does not share.
      workers: '1',
      ...inputs,
    }),
    { workspace },
  );
  const outcome = await runGate(settings);
  const read = (name: string): string => readFileSync(path.join(outcome.reportDir, name), 'utf8');
  return {
    outcome,
    results: JSON.parse(read('results.json')) as ResultsDocument,
    markdown: read('report.md'),
    html: read('report.html'),
  };
}

/** Every request failed with the one cause: in results.json, the findings and the text summary. */
function expectOneCause(run: Judged, cause: string, errorClass: string, description: string): void {
  const { overall, errorCauses } = run.results.measurements;
  expect(overall.requests).toBeGreaterThan(0);
  expect(overall.requests).toBeLessThanOrEqual(RATE * 3);
  expect(overall.failed).toBe(overall.requests);
  expect(errorCauses).toEqual([{ cause, description, errorClass, count: overall.requests }]);
  expect(overall.errors[errorClass as keyof typeof overall.errors]).toBe(overall.requests);
  const n = overall.requests.toLocaleString('en-US');
  const finding = `${overall.requests === 1 ? 'The one request' : `All ${n} requests`} failed: ${description} (${cause}).`;
  expect(deriveFindings(run.outcome.report)).toContain(finding);
  expect(run.markdown).toContain(markdownText(finding));
  expect(renderTextSummary(run.outcome.report)).toContain(finding);
  expect(run.markdown).toContain(`\`${cause}\``);
  expect(run.html).toContain(`<code>${cause}</code>`);
  expect(renderTextSummary(run.outcome.report)).toContain(`{ cause:${cause} }`);
}

/** The gate could not reach the target: error, no rollback, the reason written everywhere. */
function expectNotReached(run: Judged, reason: string): void {
  expect(run.outcome.evaluation.verdict).toBe('error');
  expect(run.outcome.rollback).toBe(false);
  expect(run.results.verdict).toBe('error');
  expect(run.results.rollback).toBe(false);
  expect(run.results.verdictReasons).toHaveLength(1);
  expect(run.results.verdictReasons[0]).toContain(reason);
  expect(run.results.verdictReasons[0]).toMatch(/^no request reached the target: /);
  expect(run.markdown).toContain('**Not judged**: no request reached the target');
  expect(run.html).toContain('Not judged: no request reached the target');
  const outputs = gateOutputs(run.outcome);
  expect(outputs).toMatchObject({
    verdict: 'error',
    passed: 'false',
    rollback: 'false',
    'error-percent': '100',
  });
  expect(Number(outputs.requests)).toBe(run.results.measurements.overall.requests);
}

/** A TCP server on 127.0.0.1 that answers each request with `reply` and closes. */
async function rawServer(reply: string): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', () => socket.end(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('TLS failures', () => {
  let certs: TestCertificates;
  beforeAll(() => {
    certs = makeTestCertificates();
  });
  afterAll(() => certs.remove());

  it('a self-signed certificate: every request fails on it, and the verdict is error, not a rollback', async () => {
    const target = await startHttpsTarget(certs.selfSigned);
    try {
      const run = await gate(target.url);
      expectOneCause(run, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', 'the TLS certificate is self-signed');
      expectNotReached(
        run,
        'the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT) — trust its CA with ca-file',
      );
      expect(target.requests).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('an expired certificate', async () => {
    const target = await startHttpsTarget(certs.expired);
    try {
      const run = await gate(target.url);
      expectOneCause(run, 'CERT_HAS_EXPIRED', 'tls', 'the TLS certificate has expired');
      expectNotReached(
        run,
        "the TLS certificate has expired (CERT_HAS_EXPIRED) — renew the target's certificate",
      );
    } finally {
      await target.close();
    }
  });

  it('a certificate from an unknown CA', async () => {
    const target = await startHttpsTarget(certs.valid);
    try {
      const run = await gate(target.url);
      expectOneCause(
        run,
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'tls',
        "the TLS certificate's issuer is not trusted",
      );
      expectNotReached(run, "the TLS certificate's issuer is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)");
    } finally {
      await target.close();
    }
  });

  describe('with the CA trusted', () => {
    const defaults = tls.getCACertificates('default');
    beforeAll(() => tls.setDefaultCACertificates([...defaults, certs.ca]));
    afterAll(() => tls.setDefaultCACertificates(defaults));

    it('a certificate for another host name', async () => {
      const target = await startHttpsTarget(certs.otherHost);
      try {
        const run = await gate(target.url);
        expectOneCause(
          run,
          'ERR_TLS_CERT_ALTNAME_INVALID',
          'tls',
          'the TLS certificate does not match the host name',
        );
        expectNotReached(run, 'check the host name in target-url');
      } finally {
        await target.close();
      }
    });

    it('a valid certificate passes, with no causes', async () => {
      const target = await startHttpsTarget(certs.valid);
      try {
        const run = await gate(target.url);
        expect(run.results.verdict).toBe('pass');
        expect(run.results.verdictReasons).toEqual([]);
        expect(run.results.measurements.errorCauses).toEqual([]);
        expect(target.requests).toBe(run.results.measurements.overall.requests);
      } finally {
        await target.close();
      }
    });
  });
});

describe('responses the client cannot read: judged, since the target answered', () => {
  it('garbage bytes instead of HTTP', async () => {
    const server = await rawServer('garbage bytes, not HTTP\r\n\r\n');
    try {
      const run = await gate(server.url);
      expectOneCause(run, 'HPE_INVALID', 'other', 'the response was not valid HTTP');
      expect(run.results.verdict).toBe('fail');
      expect(run.results.rollback).toBe(true);
      expect(run.results.verdictReasons).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('100 KB of response headers', async () => {
    const headers = Array.from({ length: 1000 }, (_, i) => `x-pad-${i}: ${'a'.repeat(96)}\r\n`).join('');
    const server = await rawServer(`HTTP/1.1 200 OK\r\n${headers}content-length: 2\r\n\r\nok`);
    try {
      const run = await gate(server.url);
      expectOneCause(run, 'UND_ERR_HEADERS_OVERFLOW', 'other', 'the response headers were too large');
      expect(run.results.verdict).toBe('fail');
      expect(run.results.rollback).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('the target never reached', () => {
  it('a host name that does not resolve', async () => {
    // `.invalid` never resolves (RFC 6761); the resolver may say so as ENOTFOUND or, offline, EAI_AGAIN.
    const run = await gate('http://loadgate-test.invalid', { rate: '5' });
    const [cause] = run.results.measurements.errorCauses ?? [];
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(cause?.cause);
    expectOneCause(run, cause!.cause, 'dns', cause!.description);
    expectNotReached(run, 'check the host name in target-url');
  });

  it('a closed port: refused from the first request', async () => {
    const run = await gate(`http://127.0.0.1:${await unusedPort()}`);
    expectOneCause(run, 'ECONNREFUSED', 'connection_refused', 'the connection was refused');
    expectNotReached(run, 'the connection was refused (ECONNREFUSED) — check that the target is up');
  });

  it('refused only after the target had answered: judged as a failing canary', async () => {
    const target = await startTargetServer({ '*': { status: 200 } });
    const closing = setTimeout(() => void target.close(), 1000);
    try {
      const run = await gate(target.url, { duration: '2s' });
      const { overall, errorCauses } = run.results.measurements;
      expect(overall.statusCounts['200']).toBeGreaterThan(0);
      expect(overall.errors.connection_refused).toBeGreaterThan(0);
      expect(errorCauses).toContainEqual(
        expect.objectContaining({ cause: 'ECONNREFUSED', count: overall.errors.connection_refused }),
      );
      expect(run.results.verdict).toBe('fail');
      expect(run.results.rollback).toBe(true);
      expect(run.results.verdictReasons).toEqual([]);
      expect(gateOutputs(run.outcome)).toMatchObject({ verdict: 'fail', rollback: 'true' });
    } finally {
      clearTimeout(closing);
      await target.close();
    }
  });
});
