/**
 * The action's entry point (dist/index.js): the runner starts it and it runs (main.ts).
 * Started as a worker thread with the load-worker marker, the same file serves a share
 * of the load instead (engine/workers/).
 */
import { isMainThread, workerData } from 'node:worker_threads';

import { isWorkerStart } from './engine/workers/worker-messages.js';
import { useEntryAsWorkerScript } from './engine/workers/worker-script.js';
import { unsupportedNodeReason } from './node-version.js';
import { launch } from './relaunch.js';

const tooOld = unsupportedNodeReason(process.versions.node);
if (!isMainThread && isWorkerStart(workerData)) {
  void import('./engine/workers/worker-entry.js').then(({ serveLoadWorker }) => serveLoadWorker());
} else if (tooOld !== undefined) {
  process.stdout.write(
    `::error::loadgate: ${tooOld}; the action runs on node24 (runs.using in action.yml), so use it with \`uses:\` on a runner that has node24\n`,
  );
  process.exitCode = 1;
} else {
  useEntryAsWorkerScript(process.argv[1]);
  void launch(
    async () => {
      const { run } = await import('./main.js');
      await run();
    },
    // A workflow command: the runner shows it as an annotation.
    (message, fatal) => process.stdout.write(`::${fatal ? 'error' : 'warning'}::loadgate: ${message}\n`),
  );
}
