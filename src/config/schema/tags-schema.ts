/**
 * Custom tags (`tags: {tier: read}`), as k6 has them on requests and scenarios: each
 * request carries them, and a threshold selects by them (`http_req_duration{tier:read}`).
 * A key is a name, not one of k6's system tags (those are set per request); a value
 * is text (a number or true/false is read as its text).
 */
import { z } from 'zod';

import { REQUEST_TAGS, UNRECORDED_SYSTEM_TAGS } from '../../slo/request-tags.js';
import { listOf, quote } from '../describe.js';
import { whenWrongType } from './schema-parts.js';

/** The form of a tag key: what the threshold grammar reads before `:`. */
export const TAG_KEY_PATTERN = '^[A-Za-z_][\\w-]*$';

const SYSTEM_TAGS: readonly string[] = [...REQUEST_TAGS, ...Object.keys(UNRECORDED_SYSTEM_TAGS)];

const tagKey = z
  .string()
  .regex(new RegExp(TAG_KEY_PATTERN), {
    error: (iss) =>
      `got the tag name ${quote(iss.input)}; expected a name of letters, digits, _ and - (starting with a letter or _), such as tier`,
  })
  .refine((key) => !SYSTEM_TAGS.includes(key), {
    error: (iss) =>
      `got the tag name ${quote(iss.input)}, one of k6's system tags, which each request sets itself; expected another name (system tags: ${listOf(SYSTEM_TAGS as string[])})`,
  });

const tagValue = z
  .union([z.string(), z.number(), z.boolean()], {
    error: (iss) => `got ${quote(iss.input)}; expected a tag value (text)`,
  });

export const tagsSchema = z
  .record(tagKey, tagValue, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of tag names to values, such as {tier: read}`),
  })
  .meta({
    description:
      'Custom tags each request carries, selectable in thresholds as k6 does (`http_req_duration{tier:read}`).',
    examples: [{ tier: 'read' }],
  });
