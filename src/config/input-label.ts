/**
 * How a message names an input: the action says `input 'target-url'`, the CLI says
 * `--target-url`. The front end passes its naming in (ResolveOptions.inputLabel), so
 * every message is written once with the right name instead of rewritten afterwards.
 */
import type { InputName } from './inputs.js';

export type InputLabel = (name: InputName) => string;

/** The action's naming, the default: `input 'target-url'`. */
export const actionInputLabel: InputLabel = (name) => `input '${name}'`;
