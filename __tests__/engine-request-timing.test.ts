/**
 * The request timing breakdown (k6's http_req_blocked … http_req_receiving) measured by
 * the engine's HTTP client against local servers whose timing is known: a time to first
 * byte, a body trickled in chunks, keep-alive and new connections, plain HTTP and TLS.
 * Lower bounds are the server's own waits (timers never fire early); upper bounds leave
 * room for a loaded 2-core machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { EndpointSettings } from '../src/config/settings.js';
import type { TransportSettings } from '../src/config/transport-settings.js';
import { Connection, type ExchangeResult } from '../src/engine/http/http-client.js';
import { prepareTarget } from '../src/engine/http/prepared-target.js';
import type { RequestOutcome } from '../src/metrics/metrics-recorder.js';
import { makeTestCertificates, startHttpsTarget, type TestCertificates } from './helpers/tls-certs.js';

const TTFB_MS = 80;
const CHUNKS = 4;
const CHUNK_GAP_MS = 30;

function endpoint(path: string): EndpointSettings {
  return { name: `GET ${path}`, method: 'GET', path, weight: 1, headers: {}, expectStatus: [] };
}

/** `/slow`: headers after TTFB_MS, then CHUNKS chunks CHUNK_GAP_MS apart; `/fast`: at once. Counts the connections accepted. */
async function startTimedServer(): Promise<{
  url: string;
  connections: () => number;
  close(): Promise<void>;
}> {
  let connections = 0;
  const server = http.createServer((request, response) => {
    if (request.url === '/fast') {
      response.end('ok');
      return;
    }
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.flushHeaders();
      let sent = 0;
      const next = (): void => {
        sent++;
        if (sent === CHUNKS) response.end(`chunk ${sent}\n`);
        else {
          response.write(`chunk ${sent}\n`);
          setTimeout(next, CHUNK_GAP_MS);
        }
      };
      // The first chunk comes one gap after the headers, so the body takes CHUNKS gaps.
      setTimeout(next, CHUNK_GAP_MS);
    }, TTFB_MS);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Sent = ExchangeResult & { outcome: RequestOutcome };

/** A connection to `url` and a `send` that resolves with a copy of each result. */
function connectionTo(
  url: string,
  paths: string[],
  transport?: TransportSettings,
): { connection: Connection; send: (index?: number) => Promise<Sent> } {
  const target = prepareTarget({
    targetUrl: url,
    endpoints: paths.map(endpoint),
    headers: {},
    timeoutMs: 5000,
    ...(transport ? { transport } : {}),
  });
  let pending: ((result: Sent) => void) | undefined;
  const connection = new Connection(target, {
    onResult: (result) => pending?.({ ...result, outcome: { ...result.outcome } }),
  });
  const send = (index = 0) =>
    new Promise<Sent>((resolve) => {
      pending = resolve;
      connection.send(target.endpoints[index]!);
    });
  return { connection, send };
}

const ms = (us: number | undefined) => (us ?? Number.NaN) / 1000;

describe('request timing breakdown (HTTP client)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('times the wait for the first byte and the trickled body, and duration = sending + waiting + receiving', async () => {
    const server = await startTimedServer();
    cleanup.push(server.close);
    const { connection, send } = connectionTo(server.url, ['/slow']);
    cleanup.push(() => connection.close());

    const results = [await send(), await send()];
    for (const { outcome, latencyUs, endMs, startMs } of results) {
      expect(outcome.status).toBe(200);
      expect(outcome.timed).toBe(true);
      expect(ms(outcome.waitingUs)).toBeGreaterThanOrEqual(TTFB_MS - 1);
      expect(ms(outcome.waitingUs)).toBeLessThan(TTFB_MS + 150);
      // The body's chunks come CHUNKS gaps after the headers; the client may see the headers a
      // little late (it shares the event loop with the server), so one gap of slack.
      expect(ms(outcome.receivingUs)).toBeGreaterThanOrEqual((CHUNKS - 1) * CHUNK_GAP_MS);
      expect(ms(outcome.waitingUs! + outcome.receivingUs!)).toBeGreaterThanOrEqual(
        TTFB_MS + CHUNKS * CHUNK_GAP_MS - 2,
      );
      expect(ms(outcome.receivingUs)).toBeLessThan(CHUNKS * CHUNK_GAP_MS + 200);
      expect(ms(outcome.sendingUs)).toBeGreaterThanOrEqual(0);
      expect(ms(outcome.sendingUs)).toBeLessThan(50);
      const duration = outcome.sendingUs! + outcome.waitingUs! + outcome.receivingUs!;
      expect(Math.abs(latencyUs - duration)).toBeLessThan(1);
      // Every phase together is the whole exchange, from the dispatch.
      const all = duration + outcome.blockedUs! + outcome.connectingUs! + outcome.tlsHandshakingUs!;
      expect(Math.abs((endMs - startMs) * 1000 - all)).toBeLessThan(1);
    }
  });

  it('counts the connection phases on the request that opened the connection only', async () => {
    const server = await startTimedServer();
    cleanup.push(server.close);
    const { connection, send } = connectionTo(server.url, ['/fast']);
    cleanup.push(() => connection.close());

    const results: Sent[] = [];
    for (let i = 0; i < 5; i++) results.push(await send());
    expect(server.connections()).toBe(1);
    const opened = results.filter((result) => result.outcome.connectionOpened);
    expect(opened).toHaveLength(1);
    expect(results[0]!.outcome.connectionOpened).toBe(true);
    expect(results[0]!.outcome.connectingUs).toBeGreaterThan(0);
    for (const reused of results.slice(1)) {
      expect(reused.outcome.connectingUs).toBe(0);
      expect(reused.outcome.tlsHandshakingUs).toBe(0);
    }
    // Plain HTTP: no handshake at all.
    expect(results[0]!.outcome.tlsHandshakingUs).toBe(0);

    // The server drops the connection: the next request opens a new one and pays for it.
    await server.close();
    const again = await startTimedServer();
    cleanup.push(again.close);
    const { connection: second, send: sendAgain } = connectionTo(again.url, ['/fast']);
    cleanup.push(() => second.close());
    const fresh = [await sendAgain(), await sendAgain(), await sendAgain()];
    expect(fresh.map((result) => result.outcome.connectionOpened)).toEqual([true, false, false]);
    expect(again.connections()).toBe(1);
  });

  describe('over TLS', () => {
    let certs: TestCertificates;
    beforeAll(() => {
      certs = makeTestCertificates();
    });
    afterAll(() => certs.remove());

    it('times the TLS handshake on the new connection, 0 on the reused ones', async () => {
      const server = await startHttpsTarget(certs.valid);
      cleanup.push(server.close);
      const transport: TransportSettings = { tls: { insecure: true }, resolve: [], http2: false };
      const { connection, send } = connectionTo(server.url, ['/'], transport);
      cleanup.push(() => connection.close());

      const results = [await send(), await send(), await send()];
      expect(results.every((result) => result.outcome.status === 200)).toBe(true);
      const [first, ...rest] = results;
      expect(first!.outcome.connectionOpened).toBe(true);
      expect(first!.outcome.connectingUs).toBeGreaterThan(0);
      expect(first!.outcome.tlsHandshakingUs).toBeGreaterThan(0);
      for (const reused of rest) {
        expect(reused.outcome.connectionOpened).toBe(false);
        expect(reused.outcome.tlsHandshakingUs).toBe(0);
        expect(reused.outcome.connectingUs).toBe(0);
      }
    });
  });
});
