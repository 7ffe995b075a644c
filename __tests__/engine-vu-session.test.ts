import { afterEach, describe, expect, it } from 'vitest';

import { runLoad } from '../src/engine/index.js';
import { MAX_KEPT_BODY_BYTES } from '../src/engine/traffic/vu-session.js';
import { startTargetServer, type Behaviour, type TargetServer } from './helpers/target-server.js';
import { settingsFrom } from './helpers/traffic-config.js';

let server: TargetServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function target(behaviour: Behaviour): Promise<TargetServer> {
  server = await startTargetServer(behaviour);
  return server;
}

describe('VU sessions in the closed model', () => {
  it('reads only the start of a huge body: checks see the cap, the body is still measured in full', async () => {
    const huge = 8 * MAX_KEPT_BODY_BYTES;
    const { url, stats } = await target({ '/big': { body: `{"ok":true,"pad":"${'x'.repeat(huge)}"}` } });
    const settings = settingsFrom(`target-url: ${url}
duration: 1s
vus: 2
endpoints:
  - path: /big
    checks:
      - { name: starts right, body-contains: '{"ok":true' }
      - { name: parses, json: { path: $.ok, equals: true } }`);
    const m = await runLoad(settings);
    const [startsRight, parses] = m.traffic!.checks;

    expect(m.overall.requests).toBe(stats.completed);
    expect(m.overall.bytesReceived).toBeGreaterThan(m.overall.requests * huge);
    expect(startsRight).toMatchObject({ passes: m.overall.requests, fails: 0 });
    // Cut at the cap, the body is not JSON: the check fails instead of buffering megabytes.
    expect(parses).toMatchObject({ passes: 0, fails: m.overall.requests });
  });

  it('captures from a header, sends it on, and retries a 401 once after one re-login', async () => {
    let logins = 0;
    const seenTokens = new Set<string>();
    const { url, stats } = await target({
      '/login': () => ({ status: 200, headers: { 'x-session': `s${++logins}` }, body: '{}' }),
      // Every other token is refused: each refusal costs one re-login, and the retry (new token) succeeds.
      '/data': (_n, request) => {
        const token = String(request.headers['x-session'] ?? '');
        seenTokens.add(token);
        return Number(token.slice(1)) % 2 === 1 && !token.endsWith('0') ? { status: 401 } : { status: 200 };
      },
    });
    const settings = settingsFrom(`target-url: ${url}
duration: 1s
vus: 1
setup:
  - { path: /login, captures: { session: { header: x-session } } }
endpoints:
  - { path: /data, headers: { X-Session: '{{session}}' } }`);
    const m = await runLoad(settings);

    expect(seenTokens.has('')).toBe(false); // never sent before the login
    const refused = stats.completedByStatus.get(401) ?? 0;
    expect(refused).toBeGreaterThan(0);
    expect(m.traffic?.reauthentications).toBe(refused);
    expect(m.traffic?.setup?.requests).toBe(logins);
    expect(m.overall.statusCounts['401']).toBeUndefined();
    expect(m.overall.failed).toBe(0);
  });

  it('records a retried request that gets 401 again as a gated error, without a second re-login', async () => {
    const { url, stats } = await target({
      '/login': { status: 200, body: '{"t":"x"}' },
      '/data': { status: 401 },
    });
    const settings = settingsFrom(`target-url: ${url}
duration: 600ms
vus: 1
setup: [{ path: /login, captures: { t: { json: $.t } } }]
endpoints: ['GET /data']`);
    const m = await runLoad(settings);
    const unauthorized = stats.completedByStatus.get(401) ?? 0;

    // Each 401 alternates: one triggers a re-login, the retry is recorded.
    expect(m.traffic!.reauthentications + m.overall.requests).toBe(unauthorized);
    expect(Math.abs(m.traffic!.reauthentications - m.overall.requests)).toBeLessThanOrEqual(1);
    expect(m.overall.errors.http_4xx).toBe(m.overall.requests);
  });

  it('waits the think time between a VU’s requests', async () => {
    const { url } = await target({});
    const settings = settingsFrom(
      `target-url: ${url}\nduration: 1s\nvus: 2\nthink-time: 200ms\nendpoints: ['GET /']`,
    );
    const m = await runLoad(settings);
    // 2 VUs × (1 s / 200 ms) at most, plus the first request of each.
    expect(m.overall.requests).toBeGreaterThanOrEqual(2);
    expect(m.overall.requests).toBeLessThanOrEqual(12);
  });
});
