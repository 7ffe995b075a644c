#!/usr/bin/env node
/** The `loadgate` command's entry point (dist/cli/index.js); the commands are in commands.ts. */
import { unsupportedNodeReason } from '../node-version.js';
import { launch } from '../relaunch.js';

const tooOld = unsupportedNodeReason(process.versions.node);
if (tooOld !== undefined) {
  console.error(
    `loadgate: ${tooOld}; in the repository, after npm ci, \`npx loadgate …\` runs it on the pinned Node 24`,
  );
  process.exitCode = 1;
} else {
  void launch(
    async () => {
      const { runCli } = await import('./commands.js');
      process.exitCode = await runCli();
    },
    (message) => console.error(`loadgate: ${message}`),
  );
}
