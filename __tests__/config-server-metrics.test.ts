/**
 * The server-metrics settings: each mistake is one issue at its input or file:line,
 * before any load, quoting the value (never a header value) and the form expected.
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { SettingsError } from '../src/config/settings-error.js';

const WORKSPACE = '/workspace';

function resolve(yaml: string[], inputs: Partial<RawInputs> = {}) {
  const text = `${yaml.join('\n')}\n`;
  return resolveSettings(
    rawInputs({ 'target-url': 'http://127.0.0.1:8080', config: 'loadgate.yml', ...inputs }),
    {
      workspace: WORKSPACE,
      readFile: (absolute) => (absolute === path.join(WORKSPACE, 'loadgate.yml') ? text : undefined),
    },
  );
}

function issues(yaml: string[], inputs: Partial<RawInputs> = {}): string[] {
  try {
    resolve(yaml, inputs);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues.map((i) => `${i.where}: ${i.message}`);
    throw error;
  }
  return [];
}

const CPU = `  cpu: {query: 'max(rate(process_cpu_seconds_total{job="{{target}}"}[30s]))', unit: ratio}`;

describe('server-metrics settings', () => {
  it('reads a valid block with its defaults and the input URL and headers', () => {
    const settings = resolve(
      ['target-labels: {canary: api-canary}', 'server-metrics:', CPU, "thresholds: ['server_cpu: max<0.7']"],
      { 'prometheus-url': 'http://prom:9090', 'prometheus-headers': 'Authorization: Bearer t0k' },
    );
    expect(settings.serverMetrics).toMatchObject({
      url: 'http://prom:9090',
      headers: { Authorization: 'Bearer t0k' },
      timeoutMs: 10_000,
      retries: 2,
      stepMs: 5_000,
      labels: { canary: 'api-canary' },
    });
    expect(settings.serverMetrics?.metrics.map((m) => [m.name, m.unit])).toEqual([['cpu', 'ratio']]);
  });

  it('reports each mistake at its file line', () => {
    const found = issues([
      'prometheus-url: http://prom:9090',
      'prometheus-step: 500ms',
      'prometheus-retries: 11',
      'server-metrics:',
      `  cpu: {query: 'up{job="{{targt}}"}', unit: ratio}`,
      `  mem: {query: 'up', unit: megabytes}`,
    ]);
    // Schema problems and value problems are found in two passes; annotations sort them by line.
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^loadgate\.yml:2:\d+.*got "500ms"; expected a whole number of seconds/),
        expect.stringMatching(
          /^loadgate\.yml:3:\d+.*got 11; expected a whole number of retries from 0 to 10/,
        ),
        expect.stringMatching(/^loadgate\.yml:6:\d+.*got "megabytes"; expected one of ratio, percent, bytes/),
      ]),
    );
  });

  it('refuses an unknown placeholder at the query', () => {
    const found = issues([
      'prometheus-url: http://prom:9090',
      'server-metrics:',
      `  cpu: {query: 'up{job="{{targt}}"}', unit: ratio}`,
    ]);
    expect(found).toEqual([
      expect.stringMatching(/^loadgate\.yml:3:\d+.*"\{\{targt\}\}".*expected only \{\{target\}\}/),
    ]);
  });

  it('needs prometheus-url, a label value for {{target}} on each side, and a query per server_ threshold', () => {
    expect(issues(['server-metrics:', `  cpu: {query: 'up', unit: ratio}`])).toEqual([
      expect.stringMatching(/^loadgate\.yml:2:\d+.*no prometheus-url/),
    ]);
    expect(
      issues(['prometheus-url: http://prom:9090', 'target-labels: {canary: c}', 'server-metrics:', CPU], {
        'baseline-url': 'http://127.0.0.1:9091',
      }),
    ).toEqual([expect.stringMatching(/uses \{\{target\}\}, but no label value is given for the baseline/)]);
    expect(issues(["thresholds: ['server_cpu: max<0.7']"])).toEqual([
      expect.stringMatching(/^loadgate\.yml:1:\d+.*server-metrics: names no query/),
    ]);
  });

  it('checks prometheus-url like the target URL, and never quotes a header value', () => {
    expect(issues([], { 'prometheus-url': 'http://user:pw@prom:9090' })).toEqual([
      expect.stringMatching(/^input 'prometheus-url'.*credentials must not be part of the URL/),
    ]);
    const found = issues([], { 'prometheus-headers': 'Authorization Bearer s3cr3t' });
    expect(found).toEqual([
      expect.stringMatching(/^input 'prometheus-headers' line 1: got a line without a colon/),
    ]);
    expect(found.join('')).not.toContain('s3cr3t');
  });
});
