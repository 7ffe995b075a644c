// Writes schema/loadgate.schema.json from the config file's zod schema (src/config/config-schema.ts).
// `npm run schema`, or `node scripts/emit-schema.mjs`: tsx loads the TypeScript source, no build needed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { register } from 'tsx/esm/api';

register();
const { JSON_SCHEMA_PATH, renderConfigJsonSchema } = await import('../src/config/schema/json-schema.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, JSON_SCHEMA_PATH);
writeFileSync(target, renderConfigJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target) || target}`);
