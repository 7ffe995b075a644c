/**
 * Reaching real canaries, through the settings and the gate, against real local
 * servers: a CA of its own (ca-file), no verification (insecure-tls), mutual TLS, SNI
 * (tls-server-name), resolve overrides, the Host header, a CONNECT proxy from the
 * environment (and NO_PROXY), and HTTP/2. Each run is a short, bounded load on
 * 127.0.0.1; what the server saw is compared with what results record.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls, { type SecureContext, type TLSSocket } from 'node:tls';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { runGate, type GateOutcome } from '../src/gate.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { startTestProxy } from './helpers/connect-proxy.js';
import { makeTestCertificates, type KeyPair, type TestCertificates } from './helpers/tls-certs.js';

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
});
afterAll(() => certs.remove());

/** What an HTTPS test server saw. */
interface Seen {
  url: string;
  port: number;
  requests: number;
  hosts: Set<string>;
  serverNames: Set<string>;
  clientNames: Set<string>;
  protocols: Set<string>;
  close(): Promise<void>;
}

async function serve(
  options: https.ServerOptions & { h2?: boolean },
  pickCert?: (name: string) => KeyPair | undefined,
): Promise<Seen> {
  const seen = {
    requests: 0,
    hosts: new Set<string>(),
    serverNames: new Set<string>(),
    clientNames: new Set<string>(),
    protocols: new Set<string>(),
  };
  const handler = (
    request: http2.Http2ServerRequest | IncomingMessage,
    response: { end(body: string): void },
  ) => {
    seen.requests++;
    const socket = request.socket as TLSSocket;
    seen.hosts.add(String(request.headers.host ?? request.headers[':authority']));
    seen.serverNames.add(String((socket as TLSSocket & { servername?: string | false }).servername));
    seen.protocols.add(String(socket.alpnProtocol));
    const peer = socket.getPeerCertificate?.();
    if (peer?.subject?.CN) seen.clientNames.add(String(peer.subject.CN));
    response.end('ok');
  };
  const sni = pickCert
    ? {
        SNICallback: (name: string, done: (error: Error | null, context?: SecureContext) => void) => {
          const pair = pickCert(name);
          done(null, pair ? tls.createSecureContext(pair) : undefined);
        },
      }
    : {};
  const server = options.h2
    ? http2.createSecureServer({ ...options, ...sni, allowHTTP1: true }, handler)
    : https.createServer({ ...options, ...sni }, handler);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(seen, {
    url: `https://127.0.0.1:${port}`,
    port,
    close: async () => {
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/**
 * Passed: every request succeeded and every threshold was met. On a loaded 2-core
 * machine the generator's self-check may call the run inconclusive (the server shares
 * the process); that one reason is allowed, no other.
 */
function expectPass(outcome: GateOutcome): void {
  expect(outcome.measurements.overall.succeeded).toBeGreaterThan(0);
  expect(outcome.measurements.overall.failed).toBe(0);
  expect(outcome.evaluation.results.map((r) => r.status)).toEqual(
    outcome.evaluation.results.map(() => 'pass'),
  );
  expect(outcome.evaluation.reasons.filter((reason) => !reason.startsWith('the load generator'))).toEqual([]);
  expect(['pass', 'inconclusive']).toContain(outcome.evaluation.verdict);
}

/** Settings from inputs, with the certificates' directory as the workspace (paths relative to it). */
function settings(inputs: Partial<RawInputs>, env: Record<string, string> = {}) {
  const report = mkdtempSync(path.join(certs.dir, 'report-'));
  return resolveSettings(
    rawInputs({
      duration: '1s',
      rate: '25',
      'max-vus': '2',
      thresholds: 'error_rate: 1%',
      'report-dir': report,
      ...inputs,
    }),
    { workspace: certs.dir, env },
  );
}

describe('TLS towards the target', () => {
  it('a self-signed canary is unreachable without ca-file, the reason names ca-file; with it, it passes', async () => {
    const target = await serve(certs.valid);
    try {
      const without = await runGate(settings({ 'target-url': target.url }));
      expect(without.evaluation.verdict).toBe('error');
      expect(without.evaluation.reasons.join(' ')).toMatch(/ca-file/);
      expect(target.requests).toBe(0);

      const withCa = await runGate(settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }));
      expectPass(withCa);
      expect(target.requests).toBeGreaterThan(0);
      expect(withCa.measurements.overall.failed).toBe(0);
      expect(withCa.measurements.transport?.tls).toEqual({
        verified: true,
        caFile: 'ca.pem',
        caCertificates: 1,
      });
    } finally {
      await target.close();
    }
  });

  it('insecure-tls reaches a self-signed target and results say the certificate was not checked', async () => {
    const target = await serve(certs.selfSigned);
    try {
      const outcome = await runGate(settings({ 'target-url': target.url, 'insecure-tls': 'true' }));
      expectPass(outcome);
      expect(outcome.measurements.transport?.tls?.verified).toBe(false);
      expect(outcome.markdown).toMatch(/not verified/i);
    } finally {
      await target.close();
    }
  });

  it('mutual TLS: a server that requires a client certificate gets it from client-cert/client-key', async () => {
    const target = await serve({ ...certs.valid, ca: certs.ca, requestCert: true, rejectUnauthorized: true });
    try {
      const refused = await runGate(settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }));
      expect(refused.evaluation.verdict).not.toBe('pass');
      expect(target.requests).toBe(0);

      const outcome = await runGate(
        settings({
          'target-url': target.url,
          'ca-file': 'ca.pem',
          'client-cert': 'client.pem',
          'client-key': 'client.key',
        }),
      );
      expectPass(outcome);
      expect([...target.clientNames]).toEqual(['loadgate-client']);
      expect(outcome.measurements.transport?.tls?.clientCertificate).toBe('client.pem');
      expect(JSON.stringify(outcome.measurements)).not.toContain('PRIVATE KEY');
    } finally {
      await target.close();
    }
  });

  it('tls-server-name is the SNI and the name the certificate is checked against', async () => {
    // The default certificate is for other.example; SNI canary.example.test gets the canary's.
    const target = await serve(certs.otherHost, (name) =>
      name === 'canary.example.test' ? certs.canaryHost : undefined,
    );
    try {
      const wrong = await runGate(settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }));
      expect(wrong.evaluation.verdict).toBe('error');

      const outcome = await runGate(
        settings({ 'target-url': target.url, 'ca-file': 'ca.pem', 'tls-server-name': 'canary.example.test' }),
      );
      expectPass(outcome);
      expect([...target.serverNames]).toEqual(['canary.example.test']);
      expect(outcome.measurements.transport?.tls?.serverName).toBe('canary.example.test');
    } finally {
      await target.close();
    }
  });
});

describe('addressing', () => {
  it('resolve routes canary.example.test:PORT to 127.0.0.1; the server sees that Host and SNI', async () => {
    const target = await serve(certs.canaryHost);
    try {
      const url = `https://canary.example.test:${target.port}`;
      const outcome = await runGate(
        settings({
          'target-url': url,
          'ca-file': 'ca.pem',
          resolve: `canary.example.test:${target.port}:127.0.0.1`,
        }),
      );
      expectPass(outcome);
      expect([...target.hosts]).toEqual([`canary.example.test:${target.port}`]);
      expect([...target.serverNames]).toEqual(['canary.example.test']);
      expect(outcome.measurements.transport?.resolve).toEqual([
        { host: 'canary.example.test', port: target.port, address: '127.0.0.1' },
      ]);
    } finally {
      await target.close();
    }
  });

  it('a Host header routes: it is the Host the server sees and the TLS server name', async () => {
    const target = await serve(certs.otherHost, (name) =>
      name === 'canary.example.test' ? certs.canaryHost : undefined,
    );
    try {
      const outcome = await runGate(
        settings({ 'target-url': target.url, 'ca-file': 'ca.pem', headers: 'Host: canary.example.test' }),
      );
      expectPass(outcome);
      expect([...target.hosts]).toEqual(['canary.example.test']);
      expect([...target.serverNames]).toEqual(['canary.example.test']);
    } finally {
      await target.close();
    }
  });
});

describe('proxies from the environment', () => {
  it('HTTPS_PROXY tunnels every connection through the proxy and results name it; NO_PROXY bypasses it', async () => {
    const target = await serve(certs.valid);
    const proxy = await startTestProxy();
    try {
      const outcome = await runGate(
        settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }, { HTTPS_PROXY: proxy.url }),
      );
      expectPass(outcome);
      const opened = outcome.measurements.transport!.connections;
      expect(proxy.tunnels.length).toBe(opened['http/1.1'] + opened.h2);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`127.0.0.1:${target.port}`]));
      expect(outcome.measurements.transport?.proxy).toBe(new URL(proxy.url).host);
      expect(outcome.markdown).toContain(new URL(proxy.url).host);

      const tunnels = proxy.tunnels.length;
      const bypassed = await runGate(
        settings(
          { 'target-url': target.url, 'ca-file': 'ca.pem' },
          { https_proxy: proxy.url, NO_PROXY: '127.0.0.1' },
        ),
      );
      expectPass(bypassed);
      expect(proxy.tunnels.length).toBe(tunnels);
      expect(bypassed.measurements.transport?.proxy).toBeUndefined();
    } finally {
      await proxy.close();
      await target.close();
    }
  });

  it('proxy credentials are sent as Proxy-Authorization and never recorded', async () => {
    const target = await serve(certs.valid);
    const expected = `Basic ${Buffer.from('gate:s3cret-pw').toString('base64')}`;
    const proxy = await startTestProxy({ authorization: expected });
    try {
      const authUrl = proxy.url.replace('http://', 'http://gate:s3cret-pw@');
      const outcome = await runGate(
        settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }, { HTTPS_PROXY: authUrl }),
      );
      expectPass(outcome);
      expect(proxy.authorizations.every((value) => value === expected)).toBe(true);
      expect(outcome.markdown).not.toContain('s3cret');
      expect(JSON.stringify(outcome.measurements)).not.toContain('s3cret');
    } finally {
      await proxy.close();
      await target.close();
    }
  });
});

describe('a proxy that refuses', () => {
  it('every tunnel refused: not reached (error, no rollback), the reason names the proxy', async () => {
    const target = await serve(certs.valid);
    const proxy = await startTestProxy({ refuseWith: 403 });
    try {
      const outcome = await runGate(
        settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }, { HTTPS_PROXY: proxy.url }),
      );
      expect(outcome.evaluation.verdict).toBe('error');
      expect(outcome.rollback).toBe(false);
      expect(target.requests).toBe(0);
      const reason = outcome.evaluation.reasons.join(' ');
      expect(reason).toContain('LOADGATE_PROXY_REFUSED');
      expect(reason).toContain(`through the proxy ${new URL(proxy.url).host}`);
    } finally {
      await proxy.close();
      await target.close();
    }
  });
});

describe('HTTP/2', () => {
  it('http2: true negotiates h2 with a server that offers it; without it the run stays on HTTP/1.1', async () => {
    const target = await serve({ ...certs.valid, h2: true });
    try {
      const h2 = await runGate(settings({ 'target-url': target.url, 'ca-file': 'ca.pem', http2: 'true' }));
      expectPass(h2);
      expect(h2.measurements.transport?.protocol).toBe('h2');
      expect([...target.protocols]).toEqual(['h2']);
      expect(h2.markdown).toContain('| Connection | HTTP/2 (h2)');
      const html = readFileSync(
        h2.bundleFiles.find((file) => file.endsWith('report.html'))!,
        'utf8',
      );
      expect(html).toContain('<th>Connection</th><td>HTTP/2 (h2) · CA bundle ca.pem (1 certificate)</td>');
      expect(renderTextSummary(h2.report)).toContain('connection: HTTP/2 (h2)');

      target.protocols.clear();
      const h1 = await runGate(settings({ 'target-url': target.url, 'ca-file': 'ca.pem' }));
      expectPass(h1);
      expect(h1.measurements.transport?.protocol).toBe('http/1.1');
      expect([...target.protocols]).toEqual(['http/1.1']);
    } finally {
      await target.close();
    }
  });
});
