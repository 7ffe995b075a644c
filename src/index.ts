/** The action's entry point (dist/index.js): the runner starts it and it runs (main.ts). */
import { launch } from './relaunch.js';

void launch(
  async () => {
    const { run } = await import('./main.js');
    await run();
  },
  // A workflow command: the runner shows it as an annotation.
  (message, fatal) => process.stdout.write(`::${fatal ? 'error' : 'warning'}::loadgate: ${message}\n`),
);
