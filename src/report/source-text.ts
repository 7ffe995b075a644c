/**
 * Where measurements read from another tool's results came from, in words, for the
 * reports' header in place of the load shape (which the settings describe, but which
 * did not run): `k6: 2 NDJSON streams merged (k6/a.json, k6/b.json)`.
 */
import type { MeasurementsSource } from '../metrics/measurements.js';

/** Files named in the header before the rest are counted. */
const MAX_FILES_NAMED = 4;

export function describeSource(source: MeasurementsSource): string {
  const files = source.files;
  const named = files.slice(0, MAX_FILES_NAMED).join(', ');
  const more = files.length > MAX_FILES_NAMED ? ` and ${files.length - MAX_FILES_NAMED} more` : '';
  const what =
    source.kind === 'k6-summary'
      ? 'an end-of-test summary (aggregates only)'
      : files.length === 1
        ? 'one NDJSON stream'
        : `${files.length} NDJSON streams merged`;
  return `k6: ${what} (${named}${more})`;
}
