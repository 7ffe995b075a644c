/**
 * A load worker: runs its share of the load in this thread, exactly as the main thread
 * runs a whole load with `workers: 1`, and reports to the main thread (worker-pool.ts).
 *
 * CPU is read per thread (`process.threadCpuUsage`): the process's figure would count
 * every worker, and a worker at 100 % of its core is the bottleneck the self-check
 * looks for. The event-loop lag the run monitor reads is already this thread's own.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

import type { LiveCheck } from '../../metrics/live-run.js';
import type { IntervalPoint } from '../../metrics/measurements.js';
import type { LoadOutcome } from '../executors/load-run.js';
import { runLoadInThread } from '../run-in-thread.js';
import { warmUpGenerator } from '../warm-up/generator-warm-up.js';
import { isWorkerStart, type FromWorker, type ToWorker } from './worker-messages.js';

export function serveLoadWorker(): void {
  const port = parentPort;
  const start: unknown = workerData;
  if (port === null || !isWorkerStart(start)) throw new Error('not started as a load worker');
  const post = (message: FromWorker): void => port.postMessage(message);
  const controller = new AbortController();
  let started = false;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') controller.abort(message.reason);
    // A stop before the start still runs, stopped at once: the main thread waits for every worker's measurements.
    if (!started) {
      started = true;
      run();
    }
  });
  // Warmed before it says ready, so every worker starts its clock when the main thread says start, not after its own warm-up.
  void warmUpGenerator(start.settings).then(() => post({ type: 'ready' }));

  let lastSecond = 0;
  const report: LiveCheck = (live) => {
    // The seconds alone are cheap; a whole snapshot encodes every histogram of the run.
    const snapshot = start.snapshots || live.seconds === undefined ? live.snapshot() : undefined;
    const closed = snapshot !== undefined ? (snapshot.intervals?.overall ?? []) : live.seconds!();
    const seconds: IntervalPoint[] = closed.filter((point) => point.t > lastSecond);
    if (seconds.length > 0) lastSecond = seconds[seconds.length - 1]!.t;
    post({
      type: 'live',
      elapsedMs: live.elapsedMs,
      seconds,
      ...(start.snapshots && snapshot ? { snapshot } : {}),
    });
    return undefined;
  };

  const run = (): void => {
    const cpuStart = process.threadCpuUsage();
    const startMs = performance.now();
    runLoadInThread(start.settings, {
      signal: controller.signal,
      share: start.share,
      liveChecks: [report],
      ...(start.progress
        ? { onProgress: (sample) => post({ type: 'progress', sample }), progressIntervalMs: 1000 }
        : {}),
    }).then(
      (outcome) => {
        const cpu = process.threadCpuUsage(cpuStart);
        const elapsedMs = Math.max(1, performance.now() - startMs);
        const cpuPercent = Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 1000) / 10;
        const withThreadCpu = (part: LoadOutcome['measurements']): LoadOutcome['measurements'] =>
          part.generator ? { ...part, generator: { ...part.generator, cpuPercent } } : part;
        const generator = outcome.measurements.generator;
        post({
          type: 'done',
          outcome: {
            measurements: withThreadCpu(outcome.measurements),
            ...(outcome.baseline ? { baseline: withThreadCpu(outcome.baseline) } : {}),
          },
          health: {
            worker: start.index + 1,
            of: start.of,
            eventLoopLagP99Ms: generator?.eventLoopLagP99Ms ?? 0,
            eventLoopLagMaxMs: generator?.eventLoopLagMaxMs ?? 0,
            cpuPercent,
          },
        });
        port.close();
      },
      (error: unknown) => {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
        port.close();
      },
    );
  };
}
