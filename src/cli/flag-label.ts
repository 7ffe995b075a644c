/** The CLI names an input by its flag in every settings message: `--target-url: got …`. */
import type { InputLabel } from '../config/input-label.js';

export const flagLabel: InputLabel = (name) => `--${name}`;
