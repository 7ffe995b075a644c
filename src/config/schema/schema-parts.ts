/** Small zod builders the schema fragments share, each giving messages that quote the value and name the form expected. */
import { z } from 'zod';

import { DURATION_PATTERN, durationSyntaxMessage } from '../../syntax/durations.js';
import { quote } from '../describe.js';

/**
 * An error function for containers (objects, records, arrays) that only rewords the
 * wrong-type issue: their other issues (unknown keys, bad keys) keep zod's own and are
 * reworded in config/file/load-config-file.ts, which knows the keys.
 */
export const whenWrongType =
  (message: (input: unknown) => string) =>
  (iss: { code?: string; input?: unknown }): string | undefined =>
    iss.code === 'invalid_type' ? message(iss.input) : undefined;

export const duration = (description: string) =>
  z
    .string({ error: (iss) => durationSyntaxMessage(iss.input) })
    .regex(new RegExp(DURATION_PATTERN), { error: (iss) => durationSyntaxMessage(iss.input) })
    .meta({ description });

export const wholeNumber = (min: number, what: string, description: string) => {
  const error = (iss: { input?: unknown }) => `got ${quote(iss.input)}; expected ${what}`;
  return z.int({ error }).min(min, { error }).meta({ description });
};

export const flag = (description: string) =>
  z.boolean({ error: (iss) => `got ${quote(iss.input)}; expected true or false` }).meta({ description });

export const text = (what: string, description: string) =>
  z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected ${what}` })
    .min(1, { error: () => `got an empty string; expected ${what}` })
    .meta({ description });
