#!/usr/bin/env node
/**
 * The `loadgate` command's entry point (dist/cli/index.js); the commands are in
 * commands.ts. Started as a worker thread with the load-worker marker, the same file
 * serves a share of the load instead (engine/workers/).
 */
import { isMainThread, workerData } from 'node:worker_threads';

import { isWorkerStart } from '../engine/workers/worker-messages.js';
import { useEntryAsWorkerScript } from '../engine/workers/worker-script.js';
import { unsupportedNodeReason } from '../node-version.js';
import { launch } from '../relaunch.js';

const tooOld = unsupportedNodeReason(process.versions.node);
if (!isMainThread && isWorkerStart(workerData)) {
  void import('../engine/workers/worker-entry.js').then(({ serveLoadWorker }) => serveLoadWorker());
} else if (tooOld !== undefined) {
  console.error(
    `loadgate: ${tooOld}; in the repository, after npm ci, \`npx loadgate …\` runs it on the pinned Node 24`,
  );
  process.exitCode = 1;
} else {
  useEntryAsWorkerScript(process.argv[1]);
  void launch(
    async () => {
      const { runCli } = await import('./commands.js');
      process.exitCode = await runCli();
    },
    (message) => console.error(`loadgate: ${message}`),
  );
}
