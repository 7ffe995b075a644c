import { afterEach, describe, expect, it } from 'vitest';

import type { EndpointSettings, Settings } from '../src/config/settings.js';
import { classifyError, classifyStatus } from '../src/engine/http/classify-outcome.js';
import { Connection, type ExchangeResult } from '../src/engine/http/http-client.js';
import { mergeHeaders, prepareTarget, type PreparedTarget } from '../src/engine/http/prepared-target.js';
import { startTargetServer, unusedPort, type Behaviour, type TargetServer } from './helpers/target-server.js';

function endpoint(path: string, extra: Partial<EndpointSettings> = {}): EndpointSettings {
  return { name: `GET ${path}`, method: 'GET', path, weight: 1, headers: {}, expectStatus: [], ...extra };
}

type TargetSettings = Pick<Settings, 'targetUrl' | 'endpoints' | 'headers' | 'timeoutMs'>;

describe('classifyStatus', () => {
  it('takes 200–399 as success when no status is expected', () => {
    expect(classifyStatus(200, [])).toBeNull();
    expect(classifyStatus(302, [])).toBeNull();
    expect(classifyStatus(399, [])).toBeNull();
    expect(classifyStatus(404, [])).toBe('http_4xx');
    expect(classifyStatus(503, [])).toBe('http_5xx');
    expect(classifyStatus(101, [])).toBe('unexpected_status');
  });

  it('takes exactly the expected statuses as success', () => {
    expect(classifyStatus(201, [201, 202])).toBeNull();
    expect(classifyStatus(200, [201])).toBe('unexpected_status');
    expect(classifyStatus(302, [200])).toBe('unexpected_status');
    expect(classifyStatus(404, [404])).toBeNull();
    expect(classifyStatus(404, [200])).toBe('http_4xx');
    expect(classifyStatus(500, [200])).toBe('http_5xx');
  });
});

describe('classifyError', () => {
  const withCode = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['ECONNREFUSED', 'connection_refused'],
    ['ECONNRESET', 'connection_reset'],
    ['EPIPE', 'connection_reset'],
    ['UND_ERR_SOCKET', 'connection_reset'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['UND_ERR_HEADERS_OVERFLOW', 'other'],
  ])('%s is %s', (code, errorClass) => {
    expect(classifyError(withCode(code))).toBe(errorClass);
  });

  it('looks into cause and aggregate errors', () => {
    expect(classifyError(new Error('fetch failed', { cause: withCode('ENOTFOUND') }))).toBe('dns');
    expect(classifyError(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(
      'connection_refused',
    );
    expect(classifyError('weird')).toBe('other');
    expect(classifyError(null)).toBe('other');
  });
});

describe('prepareTarget', () => {
  it('prefixes the target URL’s base path, merges headers and encodes the body once', () => {
    const target = prepareTarget({
      targetUrl: 'https://canary.example.com:8443/api/v2/?ignored=1',
      endpoints: [
        endpoint('/trades?limit=10', { headers: { Authorization: 'Bearer own', 'X-Own': '1' } }),
        endpoint('/orders', { method: 'POST', body: '{"qty":1}', expectStatus: [201] }),
      ],
      headers: { authorization: 'Bearer global', 'user-agent': 'loadgate' },
      timeoutMs: 1000,
    });
    expect(target.origin).toBe('https://canary.example.com:8443');
    const [trades, orders] = target.endpoints;
    expect(trades!.path).toBe('/api/v2/trades?limit=10');
    expect(trades!.dispatchOptions.headers).toEqual([
      'authorization',
      'Bearer own',
      'user-agent',
      'loadgate',
      'x-own',
      '1',
    ]);
    expect(trades!.dispatchOptions.body).toBeNull();
    expect(orders!.dispatchOptions).toMatchObject({ method: 'POST', path: '/api/v2/orders' });
    expect(Buffer.isBuffer(orders!.dispatchOptions.body)).toBe(true);
    expect(orders!.statusOutcome[201]).toBe(0);
    expect(orders!.statusOutcome[200]).not.toBe(0);
  });

  it('sends paths as they are when the target URL has no path', () => {
    const target = prepareTarget({
      targetUrl: 'http://127.0.0.1:9',
      endpoints: [endpoint('/')],
      headers: {},
      timeoutMs: 1,
    });
    expect(target.endpoints[0]!.path).toBe('/');
  });

  it('merges headers case-insensitively, the endpoint winning', () => {
    expect(mergeHeaders({ 'X-A': '1', 'x-b': '2' }, { 'x-a': '3' })).toEqual(['x-a', '3', 'x-b', '2']);
  });
});

describe('Connection', () => {
  let server: TargetServer | undefined;
  const connections: Connection[] = [];

  afterEach(async () => {
    await Promise.all(connections.splice(0).map((connection) => connection.close()));
    await server?.close();
    server = undefined;
  });

  async function setup(
    behaviour: Behaviour,
    endpoints: EndpointSettings[],
    options: Partial<TargetSettings> = {},
  ): Promise<{ target: PreparedTarget; send: (index?: number) => Promise<ExchangeResult> }> {
    server = await startTargetServer(behaviour);
    const target = prepareTarget({
      targetUrl: server.url,
      endpoints,
      headers: {},
      timeoutMs: 2000,
      ...options,
    });
    let pending: ((result: ExchangeResult) => void) | undefined;
    const connection = new Connection(target, {
      onResult: (result) => pending?.({ ...result, outcome: { ...result.outcome } }),
    });
    connections.push(connection);
    const send = (index = 0) =>
      new Promise<ExchangeResult>((resolve) => {
        pending = resolve;
        connection.send(target.endpoints[index]!);
      });
    return { target, send };
  }

  it('reads a response in full, times it and counts the bytes both ways on one keep-alive connection', async () => {
    const { send } = await setup({ '/data': { body: 10_000, delayMs: 20 } }, [
      endpoint('/data', { method: 'POST', body: 'x'.repeat(500) }),
    ]);
    const first = await send();
    const second = await send();
    for (const result of [first, second]) {
      expect(result.cancelled).toBe(false);
      expect(result.outcome).toMatchObject({ status: 200, ok: true, errorClass: null, sent: true });
      expect(result.latencyUs).toBeGreaterThanOrEqual(15_000);
      expect(result.outcome.bytesReceived).toBeGreaterThan(10_000);
      expect(result.outcome.bytesReceived).toBeLessThan(10_000 + 400);
      expect(result.outcome.bytesSent).toBeGreaterThan(500);
      expect(result.outcome.bytesSent).toBeLessThan(500 + 300);
    }
    expect(server!.stats.connections).toBe(1);
    expect(server!.stats.requestBodyBytes).toBe(1000);
  });

  it('times a stalled request out at about the timeout, as `timeout`, and recovers on a new connection', async () => {
    const { send } = await setup(
      { '/hang': { kind: 'stall' }, '/ok': {} },
      [endpoint('/hang'), endpoint('/ok')],
      {
        timeoutMs: 200,
      },
    );
    const result = await send(0);
    expect(result.outcome).toMatchObject({ status: 0, ok: false, errorClass: 'timeout', sent: true });
    expect(result.latencyUs / 1000).toBeGreaterThanOrEqual(190);
    expect(result.latencyUs / 1000).toBeLessThan(400);
    const after = await send(1);
    expect(after.outcome).toMatchObject({ status: 200, ok: true });
    expect(server!.stats.connections).toBe(2);
  });

  it('times out a response whose body never ends, without counting its status', async () => {
    const { send } = await setup(
      { '/trickle': { kind: 'stall', afterHeaders: true } },
      [endpoint('/trickle')],
      {
        timeoutMs: 200,
      },
    );
    const result = await send();
    expect(result.outcome).toMatchObject({ status: 0, ok: false, errorClass: 'timeout', sent: true });
    expect(result.latencyUs / 1000).toBeGreaterThanOrEqual(190);
    expect(result.outcome.bytesReceived).toBeGreaterThan(100);
  });

  it('classifies a refused connection, which never reaches the wire', async () => {
    const port = await unusedPort();
    const target = prepareTarget({
      targetUrl: `http://127.0.0.1:${port}`,
      endpoints: [endpoint('/')],
      headers: {},
      timeoutMs: 2000,
    });
    const result = await new Promise<ExchangeResult>((resolve) => {
      const connection = new Connection(target, {
        onResult: (r) => resolve({ ...r, outcome: { ...r.outcome } }),
      });
      connections.push(connection);
      connection.send(target.endpoints[0]!);
    });
    expect(result.outcome).toMatchObject({
      status: 0,
      ok: false,
      errorClass: 'connection_refused',
      sent: false,
      bytesSent: 0,
      bytesReceived: 0,
    });
  });

  it.each(['reset', 'close'] as const)(
    'classifies a connection the server drops (%s) as connection_reset',
    async (kind) => {
      const { send } = await setup({ '/drop': { kind } }, [endpoint('/drop')]);
      const result = await send();
      expect(result.outcome).toMatchObject({
        status: 0,
        ok: false,
        errorClass: 'connection_reset',
        sent: true,
      });
    },
  );

  it('classifies statuses against expectStatus', async () => {
    const { send } = await setup(
      {
        '/created': { status: 201 },
        '/moved': { status: 302 },
        '/missing': { status: 404 },
        '/down': { status: 503 },
      },
      [
        endpoint('/created', { expectStatus: [201] }),
        endpoint('/moved', { expectStatus: [200] }),
        endpoint('/missing'),
        endpoint('/down'),
      ],
    );
    expect((await send(0)).outcome).toMatchObject({ status: 201, ok: true, errorClass: null });
    expect((await send(1)).outcome).toMatchObject({
      status: 302,
      ok: false,
      errorClass: 'unexpected_status',
    });
    expect((await send(2)).outcome).toMatchObject({ status: 404, ok: false, errorClass: 'http_4xx' });
    expect((await send(3)).outcome).toMatchObject({ status: 503, ok: false, errorClass: 'http_5xx' });
  });

  it('reports a request that cannot even be built as settled synchronously', async () => {
    const { send } = await setup({}, [endpoint('/', { headers: { 'x-bad': 'line\r\nbreak' } })]);
    const result = await send();
    expect(result.synchronous).toBe(true);
    expect(result.outcome.ok).toBe(false);
    expect((result.error as { code?: string }).code).toBe('UND_ERR_INVALID_ARG');
  });

  it('cancels the request in flight: reported as cancelled, not as a failure to measure', async () => {
    server = await startTargetServer({ '/hang': { kind: 'stall' } });
    const target = prepareTarget({
      targetUrl: server.url,
      endpoints: [endpoint('/hang')],
      headers: {},
      timeoutMs: 5000,
    });
    const result = await new Promise<ExchangeResult>((resolve) => {
      const connection = new Connection(target, {
        onResult: (r) => resolve({ ...r, outcome: { ...r.outcome } }),
      });
      connections.push(connection);
      connection.send(target.endpoints[0]!);
      setTimeout(() => connection.cancel(), 100);
    });
    expect(result.cancelled).toBe(true);
    expect(result.latencyUs / 1000).toBeLessThan(2000);
  });
});
