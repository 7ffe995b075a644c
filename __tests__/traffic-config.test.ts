import { describe, expect, it } from 'vitest';

import { issuesOf, settingsFrom, usersCsv } from './helpers/traffic-config.js';

const F = '.github/loadgate.yml';
const LOGIN = `setup:
  - name: login
    method: POST
    path: /api/auth/login
    body: { email: '{{email}}', password: '{{password}}' }
    captures:
      token: { json: $.access_token }
headers:
  Authorization: Bearer {{token}}`;

describe('traffic settings', () => {
  it('resolves data, setup, captures, checks, think time and isolation', () => {
    const settings = settingsFrom(
      `target-url: http://127.0.0.1:1
data: { file: users.csv, order: random }
${LOGIN}
think-time: { min: 500ms, max: 2s }
endpoints:
  - name: portfolio
    path: /api/tenants/{{ tenant }}/portfolio
    checks:
      - { name: has positions, status: [200], json: { path: $.positions, exists: true } }
      - { header: { name: X-Tenant, equals: acme }, max-duration: 500ms }
isolation: { header: X-Tenant, field: tenant }
thresholds:
  - 'checks{check:has positions}: rate==1'
  - 'isolation_violations: count==0'`,
      { 'users.csv': usersCsv(2) },
    );
    expect(settings.traffic?.data).toMatchObject({
      file: 'users.csv',
      order: 'random',
      columns: ['tenant', 'email', 'password'],
      secretColumns: ['password'],
    });
    expect(settings.traffic?.data?.records).toHaveLength(10);
    expect(settings.traffic?.setup[0]).toMatchObject({
      name: 'login',
      captures: [{ name: 'token', from: 'json', path: '$.access_token' }],
      headers: { 'content-type': 'application/json' },
    });
    expect(settings.traffic?.thinkTime).toEqual({ minMs: 500, maxMs: 2000 });
    expect(settings.traffic?.isolation).toEqual({ from: 'header', path: 'x-tenant', field: 'tenant' });
    expect(settings.endpoints[0]?.checks).toEqual([
      { name: 'has positions', status: [200], json: { path: '$.positions', exists: true } },
      {
        name: 'X-Tenant == acme, under 500ms',
        header: { name: 'x-tenant', equals: 'acme' },
        maxDurationMs: 500,
      },
    ]);
  });

  it('reads JSON data files and leaves plain configs without traffic settings', () => {
    const settings = settingsFrom(
      `target-url: http://127.0.0.1:1\ndata: users.json\nendpoints: ['GET /u/{{id}}']`,
      {
        'users.json': JSON.stringify([
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ]),
      },
    );
    expect(settings.traffic?.data?.records).toEqual([
      { id: '1', name: 'a' },
      { id: '2', name: 'b' },
    ]);
    expect(settingsFrom('target-url: http://127.0.0.1:1').traffic).toBeUndefined();
  });

  it('reports a missing data file before any load', () => {
    expect(issuesOf(`target-url: http://127.0.0.1:1\ndata: users.csv`)).toEqual([
      `${F}:2:7 (data): got "users.csv"; no such file (looked for /ws/users.csv); expected a CSV or JSON data file relative to the workspace`,
    ]);
  });

  it('reports an empty data file', () => {
    expect(
      issuesOf(`target-url: http://127.0.0.1:1\ndata: users.csv`, { 'users.csv': 'tenant,email\n' }),
    ).toEqual([
      `${F}:2:7 (data): the data file "users.csv" has no records; expected at least one (a header line, then one line per record)`,
    ]);
  });

  it('reports a template name the data file lacks, with "did you mean"', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
data: users.csv
endpoints:
  - path: /a
  - name: b
    path: /t/{{tenat}}
    headers: { X-User: '{{mail}}' }`,
      { 'users.csv': usersCsv(1) },
    );
    expect(issues).toEqual([
      `${F}:5:5 (endpoints[1]): the path of "b" uses {{tenat}}, which is neither a data column, nor a capture, nor a generator; did you mean {{tenant}}?`,
      `${F}:5:5 (endpoints[1]): the header "X-User" of "b" uses {{mail}}, which is neither a data column, nor a capture, nor a generator; did you mean {{email}}?`,
    ]);
  });

  it('refuses a capture used before it is declared, and names what is known', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
setup:
  - path: /first
    headers: { Authorization: 'Bearer {{sessionid}}' }
  - path: /second
    captures: { sessionid: { header: x-session } }`,
    );
    expect(issues).toEqual([
      `${F}:3:5 (setup[0]): the header "Authorization" of "GET /first" uses {{sessionid}}, which is neither a data column, nor a capture of an earlier setup request, nor a generator; expected a data column (there is no data file: add data: users.csv), a capture declared earlier or a generator (uuid, timestamp or randomInt MIN MAX)`,
    ]);
  });

  it('reports template syntax errors: unclosed, unknown generator, wrong arity', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
endpoints:
  - { name: a, path: '/a/{{uuid' }
  - { name: b, path: '/b/{{random 1 2}}' }
  - { name: c, path: '/c/{{randomInt 1}}' }
  - { name: d, path: /d, body: 'n={{randomInt 9 1}}' }`,
    );
    expect(issues).toHaveLength(4);
    expect(issues[0]).toContain('(endpoints[0]): the path of "a": got "{{" without "}}"');
    expect(issues[1]).toContain('"random" is not a generator');
    expect(issues[2]).toContain('randomInt takes 2 arguments');
    expect(issues[3]).toContain('expected MIN ≤ MAX');
  });

  it('reports a JSON path that cannot parse at its line and column', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
endpoints:
  - path: /a
    captures: { token: { json: 'access_token' } }
    checks:
      - { json: { path: '$.items[?(@.x)]', exists: true } }
isolation: { json: '$.tenant[', field: tenant }`,
    );
    expect(issues).toEqual([
      `${F}:4:32 (endpoints[0].captures.token.json): got "access_token": it does not start with "$" at character 1; expected a JSON path such as $.access_token, $.items[0].id, $['tenant-id'], $.items[*].tenant or $..tenant`,
      `${F}:6:25 (endpoints[0].checks[0].json.path): got "$.items[?(@.x)]": filter and script expressions are not supported at character 9; expected a JSON path such as $.access_token, $.items[0].id, $['tenant-id'], $.items[*].tenant or $..tenant`,
      `${F}:7:20 (isolation.json): got "$.tenant[": expected an index, a quoted name or * at character 10; expected a JSON path such as $.access_token, $.items[0].id, $['tenant-id'], $.items[*].tenant or $..tenant`,
    ]);
  });

  it('reports an isolation field the data lacks, and isolation without data', () => {
    expect(
      issuesOf(
        `target-url: http://127.0.0.1:1\ndata: users.csv\nisolation: { json: $.tenant, field: tenat }`,
        {
          'users.csv': usersCsv(1),
        },
      ),
    ).toEqual([
      `${F}:3:12 (isolation): got the field "tenat", but the data file "users.csv" has no such column; did you mean "tenant"?`,
    ]);
    expect(
      issuesOf(`target-url: http://127.0.0.1:1\nisolation: { header: x-tenant, field: tenant }`)[0],
    ).toContain('isolation needs test data');
  });

  it('checks check tags and traffic metrics in thresholds', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
endpoints:
  - path: /a
    checks: [{ name: portfolio has positions, status: 200 }]
thresholds:
  - 'checks{check:portfolio has position}: rate==1'
  - 'isolation_violations: count==0'`,
    );
    expect(issues).toEqual([
      `${F}:6:5 (thresholds[0]): got the tag {check:portfolio has position} in "checks{check:portfolio has position}: rate==1", but no check is named "portfolio has position"; did you mean "portfolio has positions"?`,
      `${F}:7:5 (thresholds[1]): got "isolation_violations: count==0", but isolation is not configured; expected e.g. isolation: {json: '$.tenant', field: tenant}`,
    ]);
  });

  it('gathers every problem of the traffic keys together', () => {
    const issues = issuesOf(
      `target-url: http://127.0.0.1:1
data: missing.csv
think-time: { min: 2s, max: 1s }
endpoints:
  - path: /a
    checks: [{ name: nothing }]`,
    );
    expect(issues.map((issue) => issue.replace(/:\d.*?\): /, ') '))).toEqual([
      `${F}) got a check without a condition; expected status, json, body-contains, header or max-duration`,
      `${F}) got "missing.csv"; no such file (looked for /ws/missing.csv); expected a CSV or JSON data file relative to the workspace`,
      `${F}) got min 2s above max 1s; expected min ≤ max, e.g. {min: 500ms, max: 2s}`,
    ]);
  });

  it('takes realistic traffic under the open model: each arrival is an iteration of a VU journey', () => {
    const settings = settingsFrom(`target-url: http://127.0.0.1:1\nrate: 50\ndata: users.csv\n${LOGIN}`, {
      'users.csv': usersCsv(1),
    });
    expect(settings.model).toBe('open');
    expect(settings.traffic?.setup).toHaveLength(1);
  });
});
