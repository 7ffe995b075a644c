/** The action's entry point (dist/index.js): the runner starts it and it runs (main.ts). */
import { unsupportedNodeReason } from './node-version.js';
import { launch } from './relaunch.js';

const tooOld = unsupportedNodeReason(process.versions.node);
if (tooOld !== undefined) {
  process.stdout.write(
    `::error::loadgate: ${tooOld}; the action runs on node24 (runs.using in action.yml), so use it with \`uses:\` on a runner that has node24\n`,
  );
  process.exitCode = 1;
} else {
  void launch(
    async () => {
      const { run } = await import('./main.js');
      await run();
    },
    // A workflow command: the runner shows it as an annotation.
    (message, fatal) => process.stdout.write(`::${fatal ? 'error' : 'warning'}::loadgate: ${message}\n`),
  );
}
