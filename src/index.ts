/** The action's entry point (dist/index.js): the runner imports it and it runs. */
import { run } from './main.js';

void run();
