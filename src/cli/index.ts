#!/usr/bin/env node
/** The `loadgate` command's entry point (dist/cli/index.js); the commands are in commands.ts. */
import { launch } from '../relaunch.js';

void launch(
  async () => {
    const { runCli } = await import('./commands.js');
    process.exitCode = await runCli();
  },
  (message) => console.error(`loadgate: ${message}`),
);
