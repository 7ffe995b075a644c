/**
 * Before the first run in a thread starts its clock, the generator runs its own hot path
 * against a loopback stub in the same thread: the closed model (undici's HTTP/1.1 client,
 * the response handler, the recorder and its histograms), and the open model too when
 * the settings use it (its schedule, its slots and their bookkeeping).
 *
 * Why: a cold V8 runs that path interpreted and compiles it while the load runs. On a
 * 5 ms server with 50 VUs, a cold run's first second sent 40 % fewer requests than its
 * fourth and its p99 was three times as long; at 20,000 req/s the open model fell behind
 * its schedule in the first second and caught up in bursts, which the corrected latency
 * charged to the target (docs/benchmark-engine.md). wrk, compiled ahead of time, has no
 * such start.
 *
 * The target sees none of it: the stub is on 127.0.0.1 in this thread, the warm-up's
 * figures are thrown away, and it runs once per thread and model (worker threads warm up
 * each on its own, in parallel, before they report ready).
 */
import type { Settings } from '../../config/settings.js';
import { runClosedModel } from '../executors/closed-model.js';
import { runOpenModel } from '../executors/open-model.js';
import { startLoopbackStub } from './loopback-stub.js';

/** How long each model's warm-up drives the stub: long enough for V8 to optimize the per-request functions. */
export const WARM_UP_MS = 300;
/** The closed model's VUs in the warm-up: enough to exercise the pool, few enough to stay cheap. */
const WARM_UP_VUS = 16;
/** The open model's rate in the warm-up, requests per second. */
const WARM_UP_RATE = 5000;

export type WarmUpModel = 'closed' | 'open';
const warmed = new Map<WarmUpModel, Promise<void>>();
/** Requests each model's warm-up sent to the stub in this thread (none sent to a target). */
const stubRequests: Record<WarmUpModel, number> = { closed: 0, open: 0 };

/** The requests this thread's warm-up of `model` sent to its loopback stub; 0 before it ran. */
export function warmUpRequests(model: WarmUpModel): number {
  return stubRequests[model];
}

/** Whether the run `settings` describe sends through the open model (an arrival rate, the breakpoint's steps, an arrival-rate scenario). */
export function usesOpenModel(settings: Settings): boolean {
  if (settings.model === 'open' || settings.scenario === 'breakpoint') return true;
  return settings.scenarios?.some((scenario) => scenario.model === 'open') ?? false;
}

/**
 * Warms this thread's generator for the run `settings` describe; a model already warmed
 * in this thread is not warmed again. A warm-up that fails is not an error: the run
 * just starts cold.
 */
export async function warmUpGenerator(settings: Settings): Promise<void> {
  await warm('closed', settings);
  if (usesOpenModel(settings)) await warm('open', settings);
}

function warm(model: WarmUpModel, run: Settings): Promise<void> {
  let done = warmed.get(model);
  if (done === undefined) {
    done = driveStub(model, run).catch(() => undefined);
    warmed.set(model, done);
  }
  return done;
}

async function driveStub(model: WarmUpModel, run: Settings): Promise<void> {
  const stub = await startLoopbackStub();
  try {
    if (model === 'open')
      await runOpenModel({ ...stubSettings(stub.url, WARM_UP_RATE, 200, run), model: 'open' });
    else await runClosedModel(stubSettings(stub.url, WARM_UP_VUS, WARM_UP_VUS, run));
  } finally {
    stubRequests[model] = stub.answered;
    await stub.close();
  }
}

/**
 * A run of {@link WARM_UP_MS} at `level` (VUs, or requests per second) with one GET, nothing
 * else of `run`'s: only its `publish` block, which the engine never reads, fills the type.
 */
function stubSettings(url: string, level: number, maxVus: number, run: Settings): Settings {
  return {
    targetUrl: url,
    stages: [
      { durationMs: 0, target: level },
      { durationMs: WARM_UP_MS, target: level },
    ],
    maxVus,
    workers: 1,
    endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
    thresholds: [],
    headers: {},
    timeoutMs: 5000,
    failOnBreach: false,
    autoRollback: false,
    reportDir: '',
    publish: run.publish,
  };
}
