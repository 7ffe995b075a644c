/**
 * End to end: the bundled action with test data, a login and tenant isolation against
 * the demo API (in this process; the action runs in its own).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { startDemoServer, type DemoServer } from '../src/demo/demo-server.js';
import { annotations, runAction } from './helpers/run-action.js';
import { usersCsv } from './helpers/traffic-config.js';

let server: DemoServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CONFIG = `duration: 2s
vus: 5
data: users.csv
setup:
  - { name: login, method: POST, path: /api/auth/login, body: { email: '{{email}}', password: '{{password}}' }, captures: { token: { json: $.access_token } } }
headers: { Authorization: 'Bearer {{token}}' }
endpoints: ['GET /api/portfolio', 'GET /api/positions']
isolation: { header: x-tenant, field: tenant }
thresholds: ['isolation_violations: count==0']
`;

describe('action with realistic traffic', () => {
  it('masks data-file passwords, keeps tokens out of every file, and fails a leaking build', async () => {
    server = await startDemoServer(0, { latencyScale: 0.1, tenants: { leakRate: 0.05 } });
    const csv = usersCsv(1);
    const run = await runAction({
      inputs: { 'target-url': server.url, config: 'loadgate.yml' },
      files: { 'loadgate.yml': CONFIG, 'users.csv': csv },
    });

    expect(run.outputs.verdict).toBe('fail');
    expect(run.exitCode).toBe(1);
    const passwords = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[2]!);
    for (const password of passwords) expect(run.stdout).toContain(`::add-mask::${password}`);
    const results = readFileSync(run.outputs['results-path']!, 'utf8');
    const report = readFileSync(path.join(path.dirname(run.outputs['results-path']!), 'report.md'), 'utf8');
    for (const text of [results, report, run.summary]) {
      for (const password of passwords) expect(text).not.toContain(password);
      expect(text).not.toMatch(/Bearer [A-Za-z0-9_-]{20,}/);
    }
    const violations = (
      JSON.parse(results) as { measurements: { traffic: { isolation: { violations: number } } } }
    ).measurements.traffic.isolation.violations;
    expect(violations).toBe(server.tenantStats.leaks);
    expect(violations).toBeGreaterThan(0);
  });

  it('a missing data file, or a template naming an unknown value, is an error before any load', async () => {
    server = await startDemoServer(0, { latencyScale: 0.1 });
    const run = await runAction({
      inputs: { 'target-url': server.url, config: 'loadgate.yml' },
      files: { 'loadgate.yml': CONFIG },
    });
    expect(run.outputs.verdict).toBe('error');
    const errors = annotations(run.stdout, 'error');
    expect(errors.some((e) => e.includes('loadgate.yml:3:7 (data): got "users.csv"; no such file'))).toBe(
      true,
    );

    const typo = await runAction({
      inputs: { 'target-url': server.url, config: 'loadgate.yml' },
      files: {
        'loadgate.yml': CONFIG.replace("'Bearer {{token}}'", "'Bearer {{tokn}}'"),
        'users.csv': usersCsv(1),
      },
    });
    expect(typo.outputs.verdict).toBe('error');
    expect(annotations(typo.stdout, 'error').join('\n')).toContain(
      'uses {{tokn}}, which is neither a data column',
    );
    expect(annotations(typo.stdout, 'error').join('\n')).toContain('did you mean {{token}}?');
    // Nothing was sent to the target.
    expect(server.tenantStats.logins + server.tenantStats.failedLogins).toBe(0);
  });
});
