/** Reads the action's inputs from the runner (the only config module that uses @actions/core). */
import * as core from '@actions/core';

import { INPUT_NAMES, type RawInputs } from './inputs.js';

export { INPUT_NAMES, rawInputs, type InputName, type RawInputs } from './inputs.js';

/** Every input as given ('' when not given); `core.getInput` reads `INPUT_<NAME>` (e.g. `INPUT_TARGET-URL`). */
export function readActionInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, core.getInput(name)])) as RawInputs;
}
