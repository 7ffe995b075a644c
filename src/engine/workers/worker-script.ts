/**
 * How a load worker thread is started. The bundles (dist/index.js, dist/cli/index.js)
 * start themselves: their entry point registers its own file with
 * {@link useEntryAsWorkerScript} and, started with the worker marker in `workerData`,
 * serves a share of the load instead of running the action. From the TypeScript sources
 * (the tests) a small bootstrap registers the TypeScript loader in the worker first.
 */
import { Worker } from 'node:worker_threads';

import type { WorkerStart } from './worker-messages.js';

let entryScript: string | undefined;

/** Called by the bundles' entry points with their own file (`process.argv[1]`). */
export function useEntryAsWorkerScript(script: string | undefined): void {
  entryScript = script;
}

export function startLoadWorker(start: WorkerStart): Worker {
  if (entryScript !== undefined) return new Worker(entryScript, { workerData: start });
  // The name is built so the bundler does not take the bootstrap for an asset of the bundle.
  const bootstrap = new URL(['worker-bootstrap', 'mjs'].join('.'), import.meta.url);
  return new Worker(bootstrap, { workerData: start });
}
