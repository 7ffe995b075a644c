/**
 * Realistic traffic end to end against the demo API (a real local server with
 * logins, expiring tokens, five tenants and a leak switch), through the gate.
 * Tolerances hold on a noisy machine: counts are compared with the server's own
 * counters, never with timing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { startDemoServer, type DemoServer, type DemoServerOptions } from '../src/demo/demo-server.js';
import { runGate } from '../src/gate.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { settingsFrom, usersCsv } from './helpers/traffic-config.js';

let server: DemoServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function demo(options: DemoServerOptions): Promise<DemoServer> {
  server = await startDemoServer(0, { latencyScale: 0.1, ...options });
  return server;
}

/** The seeds' target-capacity mix, logged in, with checks and isolation. */
function tenantConfig(
  url: string,
  options: { duration?: string; thresholds?: string[]; extra?: string } = {},
): string {
  const thresholds = options.thresholds ?? ['isolation_violations: count==0', 'http_req_failed: rate==0'];
  return `
target-url: ${url}
duration: ${options.duration ?? '3s'}
vus: 10
timeout: 5s
report-dir: ${mkdtempSync(path.join(os.tmpdir(), 'loadgate-traffic-'))}
data: users.csv
setup:
  - name: login
    method: POST
    path: /api/auth/login
    body: { email: '{{email}}', password: '{{password}}' }
    expect-status: 200
    captures:
      token: { json: $.access_token }
headers:
  Authorization: Bearer {{token}}
endpoints:
  - name: portfolio
    path: /api/portfolio
    weight: 25
    checks:
      - { name: portfolio has positions, json: { path: '$.positions[0].symbol', exists: true } }
  - { name: trades, path: /api/trades, weight: 25 }
  - { name: positions, path: /api/positions, weight: 20 }
  - name: create trade
    method: POST
    path: /api/trades
    weight: 20
    body: { symbol: AAPL, quantity: '{{randomInt 1 100}}' }
    expect-status: [201, 500]
  - name: signals
    path: /api/signals
    weight: 10
    expect-status: [200, 503]
isolation: { json: '$..tenant', field: tenant }
thresholds:
${thresholds.map((t) => `  - '${t}'`).join('\n')}
${options.extra ?? ''}`;
}

describe('realistic traffic against the demo API', () => {
  it('a clean build passes with zero violations over thousands of tenant-scoped operations', async () => {
    const api = await demo({});
    const settings = settingsFrom(
      tenantConfig(api.url, { thresholds: ['isolation_violations: count==0', 'checks: rate==1'] }),
      {
        'users.csv': usersCsv(2),
      },
    );
    const outcome = await runGate(settings);
    const { traffic, overall } = outcome.measurements;

    expect(outcome.evaluation.verdict).toBe('pass');
    expect(traffic?.isolation?.violations).toBe(0);
    expect(api.tenantStats.leaks).toBe(0);
    expect(traffic?.isolation?.checked).toBeGreaterThan(1000);
    // Every gated request was tenant-scoped: the server answered each with the VU's tenant.
    expect(overall.requests).toBe(
      api.tenantStats.tenantResponses + errorsWithoutTenant(outcome.measurements),
    );
    expect(traffic?.setup).toMatchObject({ failed: 0, users: { total: 10, loggedIn: 10, failed: 0 } });
    expect(api.tenantStats.logins).toBe(10);
    expect(api.tenantStats.unauthorized).toBe(0);
  });

  it('a leaking build fails the gate with exactly the violation count the server produced', async () => {
    const api = await demo({ tenants: { leakRate: 0.02 } });
    const settings = settingsFrom(tenantConfig(api.url), { 'users.csv': usersCsv(2) });
    const outcome = await runGate(settings);
    const isolation = outcome.measurements.traffic?.isolation;

    expect(api.tenantStats.leaks).toBeGreaterThan(0);
    expect(isolation?.violations).toBe(api.tenantStats.leaks);
    expect(isolation?.details.reduce((sum, row) => sum + row.count, 0)).toBe(api.tenantStats.leaks);
    expect(outcome.evaluation.verdict).toBe('fail');
    const result = outcome.evaluation.results.find((r) => r.threshold.metric === 'isolation_violations');
    expect(result).toMatchObject({ status: 'fail', actual: api.tenantStats.leaks });
    // Violations are not request failures: the leaking responses were 200s.
    expect(outcome.evaluation.results.find((r) => r.threshold.metric === 'http_req_failed')?.status).toBe(
      'pass',
    );

    // The report names endpoint and tenants, never the body.
    expect(outcome.markdown).toContain('### Tenant isolation');
    expect(outcome.markdown).toMatch(/tenant-isolation violations? in/);
    const row = isolation!.details[0]!;
    expect(outcome.markdown).toContain(`| ${row.endpoint} | ${row.requestingTenant} | ${row.seenTenant} |`);
    expect(outcome.markdown).not.toContain('avgPrice');
  });

  it('refreshes expired tokens with one re-login, without counting the 401s as gated errors', async () => {
    const api = await demo({ tenants: { tokenTtlMs: 700 } });
    const settings = settingsFrom(tenantConfig(api.url), { 'users.csv': usersCsv(2) });
    const outcome = await runGate(settings);
    const { traffic, overall } = outcome.measurements;

    expect(api.tenantStats.expired).toBeGreaterThan(10);
    expect(traffic?.reauthentications).toBe(api.tenantStats.expired);
    expect(overall.statusCounts['401']).toBeUndefined();
    expect(overall.errors.http_4xx).toBe(0);
    // The first login of each VU plus one per refresh (a VU told to stop right after a 401 does not log in again).
    const logins = api.tenantStats.logins;
    expect(traffic?.setup?.requests).toBe(logins);
    expect(logins).toBeLessThanOrEqual(10 + api.tenantStats.expired);
    expect(logins).toBeGreaterThanOrEqual(api.tenantStats.expired);
    expect(outcome.evaluation.results.find((r) => r.threshold.metric === 'http_req_failed')?.status).toBe(
      'pass',
    );
    expect(outcome.evaluation.verdict).toBe('pass');
  });

  it('a failing check fails its gate, named by its check tag', async () => {
    const api = await demo({});
    const config = tenantConfig(api.url, {
      thresholds: [
        'checks{check:portfolio has positions}: rate==1',
        'checks{check:trades list orders}: rate>0.99',
      ],
    }).replace(
      '  - { name: trades, path: /api/trades, weight: 25 }',
      `  - name: trades
    path: /api/trades
    weight: 25
    checks:
      - { name: trades list orders, json: { path: '$.orders', exists: true } }`,
    );
    const outcome = await runGate(settingsFrom(config, { 'users.csv': usersCsv(1) }));
    const [portfolio, trades] = outcome.evaluation.results;

    expect(portfolio).toMatchObject({ status: 'pass', actual: 1 });
    expect(trades).toMatchObject({ status: 'fail', actual: 0 });
    expect(outcome.evaluation.verdict).toBe('fail');
    const check = outcome.measurements.traffic?.checks.find((c) => c.name === 'trades list orders');
    expect(check?.passes).toBe(0);
    expect(check?.fails).toBeGreaterThan(0);
    expect(outcome.markdown).toMatch(/Checks failed: "trades list orders" on trades/);
  });

  it('reports login failures clearly and keeps them out of the gated traffic', async () => {
    const api = await demo({});
    // 10 VUs over 10 users, the first 3 with a wrong password.
    const settings = settingsFrom(tenantConfig(api.url, { duration: '2500ms' }), {
      'users.csv': usersCsv(2, 3),
    });
    const outcome = await runGate(settings);
    const setup = outcome.measurements.traffic?.setup;

    expect(setup?.users).toEqual({ total: 10, loggedIn: 7, failed: 3 });
    expect(setup?.failures['401']).toBe(api.tenantStats.failedLogins);
    expect(setup?.failed).toBe(api.tenantStats.failedLogins);
    expect(outcome.measurements.overall.statusCounts['401']).toBeUndefined();
    const text = renderTextSummary(outcome.report);
    expect(outcome.markdown).toMatch(/login failed for 3 of 10 users: 401 × \d+; 3 users never got past it/);
    expect(text).toMatch(/login failed for 3 of 10 users: 401/);
  });

  it('never writes a password or a captured token to a report or results.json', async () => {
    const api = await demo({});
    const csv = usersCsv(1);
    const settings = settingsFrom(tenantConfig(api.url, { duration: '1500ms' }), { 'users.csv': csv });
    // Capture the tokens the server handed out by watching the login responses.
    const outcome = await runGate(settings);
    const files = outcome.bundleFiles.map((file) => readFileSync(file, 'utf8'));
    const everything = [outcome.markdown, ...files].join('\n');

    for (const line of csv.trim().split('\n').slice(1)) {
      const password = line.split(',')[2]!;
      expect(everything).not.toContain(password);
    }
    expect(everything).not.toMatch(/Bearer [A-Za-z0-9_-]{20,}/);
    const results = JSON.parse(readFileSync(outcome.resultsPath, 'utf8')) as {
      traffic: { data: { columns: string[]; records: number; secretColumns: string[] } };
    };
    expect(results.traffic.data).toMatchObject({
      columns: ['tenant', 'email', 'password'],
      records: 5,
      secretColumns: ['password'],
    });
  });
});

/** Gated responses that carried no tenant: the demo's injected 5xx errors. */
function errorsWithoutTenant(m: { overall: { statusCounts: Record<string, number> } }): number {
  return (m.overall.statusCounts['500'] ?? 0) + (m.overall.statusCounts['503'] ?? 0);
}
