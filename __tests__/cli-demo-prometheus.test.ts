/**
 * `loadgate demo`'s Prometheus: without the program, one line says so and nothing
 * starts; with it, a real Prometheus scrapes the demo API's `/metrics` (prom-client's
 * process metrics) and is ready with a first sample.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { startDemoServer } from '../src/demo/demo-server.js';
import { prometheusAvailable } from './helpers/prometheus-server.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the demo’s Prometheus', () => {
  it('says in one line that Prometheus is missing, and starts nothing', async () => {
    vi.stubEnv('PROMETHEUS_BIN', '/nonexistent/prometheus');
    const { startDemoPrometheus } = await import('../src/cli/demo-prometheus.js');
    const lines: string[] = [];
    const started = await startDemoPrometheus('http://127.0.0.1:1', (line) => lines.push(line));
    expect(started).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Prometheus is not installed');
  });

  it.skipIf(!prometheusAvailable())('scrapes the demo API’s process metrics', async () => {
    const demo = await startDemoServer(0);
    const { startDemoPrometheus } = await import('../src/cli/demo-prometheus.js');
    const lines: string[] = [];
    const prometheus = await startDemoPrometheus(demo.url, (line) => lines.push(line));
    try {
      expect(prometheus).toBeDefined();
      const query = encodeURIComponent('process_resident_memory_bytes{job="demo"}');
      const answer = (await (await fetch(`${prometheus!.url}/api/v1/query?query=${query}`)).json()) as {
        data: { result: { value: [number, string] }[] };
      };
      expect(answer.data.result).toHaveLength(1);
      expect(Number(answer.data.result[0]!.value[1])).toBeGreaterThan(1_000_000);
      expect(lines.join('\n')).toContain('scrapes the demo API');
    } finally {
      prometheus?.stop();
      await demo.close();
    }
  });
});
