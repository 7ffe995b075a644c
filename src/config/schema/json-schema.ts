/** The config file's JSON Schema (schema/loadgate.schema.json), generated from the zod schema. */
import { z } from 'zod';

import { configFileSchema } from './config-schema.js';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'schema/loadgate.schema.json';

/** The JSON Schema (draft-07, which editors support best) as the text of the committed file. */
export function renderConfigJsonSchema(): string {
  const schema = z.toJSONSchema(configFileSchema, { target: 'draft-7' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
