import { describe, expect, it } from 'vitest';

import type { Settings } from '../src/config/settings.js';
import { errorCounts, type EndpointMeasurement, type RequestStats } from '../src/metrics/measurements.js';
import { MAX_TABLE_ROWS, renderMarkdownReport } from '../src/report/markdown-report.js';
import { codeSpan, markdownText } from '../src/report/markdown-text.js';
import type { ReportContext } from '../src/report/report-context.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { ThresholdResult } from '../src/slo/types.js';
import {
  buildReportFixture,
  FIXTURE_SECRETS,
  fixtureSettings,
  hostileResult,
} from './helpers/report-fixture.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/777';

const errors = errorCounts;

function stats(
  requests: number,
  failed: number,
  p50: number,
  extra: Partial<RequestStats> = {},
): RequestStats {
  return {
    requests,
    succeeded: requests - failed,
    failed,
    rps: requests / 20,
    bytesSent: 0,
    bytesReceived: 0,
    statusCounts: {},
    errors: errors(),
    latency: {
      count: requests,
      min: p50 / 4,
      mean: p50 * 1.1,
      stdev: 1,
      p50,
      p90: p50 * 2,
      p95: p50 * 3,
      p99: p50 * 4,
      p999: p50 * 5,
      max: p50 * 6,
    },
    histogram: '',
    ...extra,
  };
}

const result = (text: string, actual: number | null, status: ThresholdResult['status'], note?: string) => ({
  threshold: parseThreshold({ text, origin: 'test' }),
  actual,
  status,
  ...(note ? { note } : {}),
});

/** A small run with round figures: two endpoints, 2,000 requests in 20 s, 12 errors. */
function handmade(overrides: Partial<ReportContext> = {}): ReportContext {
  const trades: EndpointMeasurement = {
    ...stats(1500, 2, 12.34, {
      statusCounts: { '200': 1498, '503': 2 },
      errors: errors({ http_5xx: 2 }),
    }),
    name: 'GET /api/trades',
    method: 'GET',
    path: '/api/trades',
  };
  const create: EndpointMeasurement = {
    ...stats(500, 10, 40, {
      statusCounts: { '201': 488, '200': 6, '409': 4 },
      errors: errors({ unexpected_status: 6, http_4xx: 4 }),
    }),
    name: 'create trade',
    method: 'POST',
    path: '/api/trades',
  };
  const overall = stats(2000, 12, 15, {
    rps: 100,
    statusCounts: { '200': 1504, '201': 488, '409': 4, '503': 2 },
    errors: errors({ http_5xx: 2, unexpected_status: 6, http_4xx: 4 }),
  });
  const settings: Settings = {
    ...fixtureSettings(),
    targetUrl: 'https://canary.example.com',
    environment: 'staging',
    stages: [
      { durationMs: 10_000, target: 10 },
      { durationMs: 20_000, target: 10 },
    ],
    maxVus: 10,
    timeoutMs: 5000,
    headers: { Authorization: 'Bearer abc.def.ghi-SECRET' },
    endpoints: [
      {
        name: 'GET /api/trades',
        method: 'GET',
        path: '/api/trades',
        weight: 3,
        headers: {},
        expectStatus: [],
      },
      {
        name: 'create trade',
        method: 'POST',
        path: '/api/trades',
        weight: 1,
        headers: { 'X-Api-Key': 'key-SECRET-123' },
        body: '{"symbol":"AAPL"}',
        expectStatus: [201],
      },
    ],
  };
  const evaluation = {
    verdict: 'fail' as const,
    results: [
      result('http_req_duration: p(95)<250', 45, 'pass'),
      result(
        'http_req_duration: p(99)<50 marginal 80',
        60,
        'marginal',
        'within the marginal band (50 ms to 80 ms)',
      ),
      result('error_rate: 0.5%', 0.006, 'fail'),
      result('http_reqs: rate>80 marginal 60', 100, 'pass'),
    ],
    reasons: [],
  };
  return {
    settings,
    measurements: {
      startedAt: '2025-03-01T10:00:00.000Z',
      finishedAt: '2025-03-01T10:00:20.000Z',
      durationMs: 20_004,
      maxVusReached: 10,
      overall,
      endpoints: [trades, create],
      timeSeries: [],
    },
    evaluation,
    rollback: true,
    generatedAt: '2025-03-01T10:00:21.000Z',
    toolVersion: '1.2.3',
    runUrl: RUN_URL,
    ...overrides,
  };
}

const lines = (markdown: string): string[] => markdown.split('\n');

describe('renderMarkdownReport', () => {
  const md = renderMarkdownReport(handmade());

  it('starts with the verdict and a one-line summary', () => {
    expect(lines(md).slice(0, 3)).toEqual([
      '# ❌ FAIL: performance gate on staging',
      '',
      '**2,000** requests in 20s (**100** req/s) · p95 **45 ms** · errors **0.6 %** · 1 of 4 SLOs failed',
    ]);
  });

  it('shows each verdict with its icon', () => {
    const title = (verdict: 'pass' | 'marginal' | 'fail'): string =>
      lines(
        renderMarkdownReport(
          handmade({ evaluation: { verdict, results: [], reasons: [] }, rollback: false }),
        ),
      )[0]!;
    expect(title('pass')).toBe('# ✅ PASS: performance gate on staging');
    expect(title('marginal')).toBe('# ⚠️ MARGINAL: performance gate on staging');
    expect(title('fail')).toBe('# ❌ FAIL: performance gate on staging');
  });

  it('signals rollback only when set', () => {
    expect(md).toContain(
      '> [!CAUTION]\n> **Rollback signalled**: the verdict is FAIL and auto-rollback is on, so the `rollback` output is `true`.',
    );
    expect(renderMarkdownReport(handmade({ rollback: false }))).not.toContain('Rollback');
  });

  it('lists key findings when the data shows some', () => {
    expect(md).toContain(
      [
        '### Key findings',
        '',
        '- 83.3 % of the errors (10 of 12) came from create trade, whose error rate was 2 % against 0.13 % for the other endpoints.',
        '- create trade is much slower than the other endpoints: p95 120 ms against 37 ms for the other endpoint (3.2×).',
        '',
        '## Environment and scenario',
      ].join('\n'),
    );
    const quiet = handmade();
    quiet.measurements.endpoints = [];
    expect(renderMarkdownReport(quiet)).not.toContain('Key findings');
  });

  it('describes the environment and scenario, with header names but no values', () => {
    expect(md).toContain(
      [
        '## Environment and scenario',
        '',
        '|  |  |',
        '| --- | --- |',
        '| Target | https://canary.example.com |',
        '| Environment | staging |',
        '| Config | `.github/loadgate.yml` |',
        '| Load | 0→10 VUs over 10 s, 10 VUs for 20 s (closed model, 30 s planned) |',
        '| Ran | 2025-03-01T10:00:00.000Z for 20s, up to 10 VUs |',
        '| Timeout | 5s per request |',
        '| Headers | `Authorization` (values not shown) |',
        `| Workflow run | [${RUN_URL}](${RUN_URL}) |`,
      ].join('\n'),
    );
    expect(md).toContain(
      [
        '| Endpoint | Request | Weight | Share | Success status |',
        '| --- | --- | ---: | ---: | --- |',
        '| GET /api/trades | `GET /api/trades` | 3 | 75 % | 200–399 |',
        '| create trade | `POST /api/trades` (with a body; headers `X-Api-Key`) | 1 | 25 % | 201 |',
      ].join('\n'),
    );
    expect(md).not.toContain('SECRET');
  });

  it('tabulates results per endpoint and in total', () => {
    expect(md).toContain(
      [
        '## Results',
        '',
        '| Endpoint | Requests | req/s | p50 | p90 | p95 | p99 | max | Errors |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| GET /api/trades | 1,500 | 75 | 12.3 ms | 24.7 ms | 37 ms | 49.4 ms | 74 ms | 0.13 % |',
        '| create trade | 500 | 25 | 40 ms | 80 ms | 120 ms | 160 ms | 240 ms | 2 % |',
        '| **Total** | 2,000 | 100 | 15 ms | 30 ms | 45 ms | 60 ms | 90 ms | 0.6 % |',
      ].join('\n'),
    );
  });

  it('tabulates the SLOs with target, actual, status and notes', () => {
    expect(md).toContain(
      [
        '## SLOs',
        '',
        '| Threshold | Target | Actual | Status | Note |',
        '| --- | --- | ---: | --- | --- |',
        '| `http_req_duration: p(95)<250` | &lt; 250 ms | 45 ms | ✅ pass |  |',
        '| `http_req_duration: p(99)<50 marginal 80` | &lt; 50 ms (marginal up to 80 ms) | 60 ms | ⚠️ marginal | within the marginal band (50 ms to 80 ms) |',
        '| `error_rate: 0.5%` | &lt; 0.5 % | 0.6 % | ❌ fail |  |',
        '| `http_reqs: rate>80 marginal 60` | &gt; 80 req/s (marginal down to 60 req/s) | 100 req/s | ✅ pass |  |',
      ].join('\n'),
    );
  });

  it('says when no thresholds were set', () => {
    const none = renderMarkdownReport(
      handmade({ evaluation: { verdict: 'pass', results: [], reasons: [] }, rollback: false }),
    );
    expect(lines(none)[2]).toMatch(/ · no thresholds were set$/);
    expect(none).toContain(
      '## SLOs\n\nNo thresholds were set, so nothing was checked and the verdict is PASS by default.',
    );
    expect(none).not.toContain('| Threshold |');
  });

  it('breaks errors down by class and by failing status, non-zero only', () => {
    expect(md).toContain(
      [
        '## Errors',
        '',
        '12 of 2,000 requests failed (0.6 %).',
        '',
        '| Error class | Requests | Share of requests |',
        '| --- | ---: | ---: |',
        '| unexpected status | 6 | 0.3 % |',
        '| HTTP 4xx | 4 | 0.2 % |',
        '| HTTP 5xx | 2 | 0.1 % |',
        '',
        '| Failing status | Responses | Endpoints |',
        '| --- | ---: | --- |',
        '| 200 | 6 | create trade (6) |',
        '| 409 | 4 | create trade (4) |',
        '| 503 | 2 | GET /api/trades (2) |',
      ].join('\n'),
    );
    expect(md).not.toContain('| timeout |');
    const clean = handmade();
    clean.measurements.overall = stats(2000, 0, 15);
    expect(renderMarkdownReport(clean)).toContain('## Errors\n\nNo request failed.');
  });

  it('ends with a footer naming the tool version and the time', () => {
    expect(
      md.endsWith(
        `\n---\n\n<sub>loadgate 1.2.3 · generated 2025-03-01T10:00:21.000Z · [workflow run](${RUN_URL}) · all figures in results.json</sub>\n`,
      ),
    ).toBe(true);
  });

  it('is pure: the same context gives the same report and is left unchanged', () => {
    const ctx = handmade();
    const before = structuredClone(ctx);
    expect(renderMarkdownReport(ctx)).toBe(renderMarkdownReport(ctx));
    expect(ctx).toEqual(before);
  });
});

describe('renderMarkdownReport on the fixture run', () => {
  const ctx = buildReportFixture({ runUrl: RUN_URL, extraResults: [hostileResult()] });
  const md = renderMarkdownReport(ctx);

  it('never shows a secret header value', () => {
    for (const secret of FIXTURE_SECRETS) expect(md).not.toContain(secret);
    expect(md).toContain('`Authorization`, `X-Client` (values not shown)');
    expect(md).toContain('headers `X-Api-Key`, `Content-Type`');
  });

  it('names every threshold with its status', () => {
    for (const r of ctx.evaluation.results) {
      const row = lines(md).find((line) => line.startsWith(`| ${codeSpan(r.threshold.source)} |`));
      expect(row, r.threshold.source).toBeDefined();
      expect(row).toContain(
        `| ${{ pass: '✅', marginal: '⚠️', fail: '❌', inconclusive: '❔' }[r.status]} ${r.status} |`,
      );
    }
  });

  it('escapes user text so it cannot break a table or inject markup', () => {
    // Code spans show their text as it is; everywhere else markup is escaped.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode).not.toContain('<b>');
    expect(outsideCode).not.toMatch(/<(?!sub>|\/sub>)/);
    const row = lines(md).find((line) => line.includes('GET /search'))!;
    // Five cells: the pipe-free code span keeps the row's shape.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(row).toContain('slow &amp; &lt;b&gt;bold&lt;/b&gt; second line');
  });
});

describe('markdown helpers', () => {
  it('markdownText escapes markup, table pipes and line breaks', () => {
    expect(markdownText('a|b *c* <x> & [l](u)\nnext')).toBe('a\\|b \\*c\\* &lt;x&gt; &amp; \\[l\\](u) next');
  });

  it('codeSpan fences any backticks and escapes pipes', () => {
    expect(codeSpan('p(95)<250')).toBe('`p(95)<250`');
    expect(codeSpan('a`b|c')).toBe('``a`b\\|c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('size', () => {
  function large(endpoints: number): ReportContext {
    const ctx = handmade();
    const name = (i: number): string => `GET /api/v2/${'segment/'.repeat(40)}${i}`;
    ctx.measurements.endpoints = Array.from({ length: endpoints }, (_, i) => ({
      ...stats(100, 1, 10 + i, { errors: errors({ http_5xx: 1 }), statusCounts: { '200': 99, '503': 1 } }),
      name: name(i),
      method: 'GET',
      path: `/api/${i}`,
    }));
    ctx.settings = {
      ...ctx.settings,
      endpoints: ctx.measurements.endpoints.map((e) => ({
        name: e.name,
        method: 'GET' as const,
        path: e.path,
        weight: 1,
        headers: {},
        expectStatus: [],
      })),
    };
    ctx.evaluation.results = ctx.measurements.endpoints.map((e) =>
      result(`http_req_duration{endpoint:${e.name}}: p(95)<250`, 30, 'pass'),
    );
    return ctx;
  }

  it('stays far under the 1 MiB job summary limit for 200 endpoints', () => {
    const md = renderMarkdownReport(large(200));
    expect(Buffer.byteLength(md)).toBeLessThan(300 * 1024);
    expect(md.match(/^\| GET \/api\/v2\//gm)).toHaveLength(400);
    expect(md).not.toContain('more endpoints');
  });

  it('cuts tables past the row limit, keeps the total, and says so', () => {
    const md = renderMarkdownReport(large(MAX_TABLE_ROWS + 50));
    expect(Buffer.byteLength(md)).toBeLessThan(512 * 1024);
    expect(md).toContain('…and 50 more endpoints, in results.json.');
    expect(md).toContain('…and 50 more thresholds, in results.json.');
    expect(md).toMatch(/\n\| \*\*Total\*\* \| 2,000 \|/);
  });
});
