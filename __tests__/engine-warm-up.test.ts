/**
 * The generator's warm-up (engine/warm-up/): before a thread's first run starts its
 * clock, the generator drives a loopback stub in the same thread, never the target; the
 * open model is warmed only for runs that use it.
 */
import net from 'node:net';

import { describe, expect, it } from 'vitest';

import { defaultPublishSettings } from '../src/config/publish-settings.js';
import type { Settings, Stage } from '../src/config/settings.js';
import { runLoad } from '../src/engine/index.js';
import { warmUpRequests } from '../src/engine/warm-up/generator-warm-up.js';
import { startLoopbackStub } from '../src/engine/warm-up/loopback-stub.js';
import { targetPerTest } from './helpers/target-server.js';

const target = targetPerTest();

function constant(level: number, durationMs: number): Stage[] {
  return [
    { durationMs: 0, target: level },
    { durationMs, target: level },
  ];
}

function settings(targetUrl: string, overrides: Partial<Settings>): Settings {
  return {
    targetUrl,
    stages: constant(4, 400),
    maxVus: 4,
    workers: 1,
    endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
    thresholds: [],
    headers: {},
    timeoutMs: 5000,
    failOnBreach: true,
    autoRollback: true,
    reportDir: 'loadgate-report',
    publish: defaultPublishSettings(),
    ...overrides,
  };
}

/** Writes `chunks` to the stub one by one, 10 ms apart, and resolves with what it answered once `replies` replies came back. */
async function exchange(url: string, chunks: string[], replies: number): Promise<string> {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  let received = '';
  const done = new Promise<string>((resolve, reject) => {
    socket.on('data', (data) => {
      received += String(data);
      if (received.split('HTTP/1.1 200 OK').length - 1 >= replies) resolve(received);
    });
    socket.on('error', reject);
  });
  for (const chunk of chunks) {
    socket.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const text = await done;
  socket.destroy();
  return text;
}

describe('the loopback stub', () => {
  it('answers every request head once, pipelined or split across packets', async () => {
    const stub = await startLoopbackStub();
    try {
      const head = 'GET / HTTP/1.1\r\nhost: stub\r\n\r\n';
      const text = await exchange(stub.url, [head + head, 'GET / HTTP/1.1\r\nhost: stub\r', '\n\r', '\n'], 3);
      expect(text.split('HTTP/1.1 200 OK')).toHaveLength(4);
      expect(stub.answered).toBe(3);
    } finally {
      await stub.close();
    }
  });
});

describe('the warm-up', () => {
  it('warms the closed model on the stub before the first run, and the target gets only the run', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const m = await runLoad(settings(t.url, {}));
    // 16 VUs for 300 ms on an in-thread stub: thousands on a quiet machine, at least hundreds on a busy one.
    expect(warmUpRequests('closed')).toBeGreaterThan(100);
    expect(warmUpRequests('open')).toBe(0);
    expect(m.overall.requests).toBeGreaterThan(0);
    expect(t.stats.completed).toBe(m.overall.requests);
  });

  it('warms the open model too for a run at an arrival rate, and sends the target exactly its schedule', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const warmedClosed = warmUpRequests('closed');
    const m = await runLoad(settings(t.url, { model: 'open', stages: constant(100, 1000), maxVus: 20 }));
    expect(warmUpRequests('open')).toBeGreaterThan(100);
    // Once per thread: the closed model is not warmed again.
    expect(warmUpRequests('closed')).toBe(warmedClosed);
    expect(m.arrival!.scheduled).toBe(100);
    expect(t.stats.completed).toBe(m.arrival!.sent);
    expect(m.overall.requests).toBe(m.arrival!.sent);
  });
});
