/**
 * An earlier run's results.json as a baseline: its `measurements`, checked for the
 * fields a comparison needs. Whatever is wrong with the file (absent, not JSON, another
 * schema, no requests) is a `missing` reason: a warning for the run, never a crash, so
 * that `baseline-missing: pass` can let a first run through.
 */
import { readFile, realpath, stat } from 'node:fs/promises';

import { z } from 'zod';

import type { BaselineData, BaselineOrigin } from '../metrics/baseline-data.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import { RESULTS_SCHEMA_VERSION } from '../report/results-document.js';
import { describeAge } from '../report/describe-age.js';

/** The current schema and the one before it: a release's baseline may come from the previous release. */
export const ACCEPTED_SCHEMA_VERSIONS: readonly number[] = [
  RESULTS_SCHEMA_VERSION - 1,
  RESULTS_SCHEMA_VERSION,
].filter((version) => version >= 1);

/** Largest results file read, so a wrong path to a huge file is refused instead of exhausting memory. */
export const MAX_RESULTS_FILE_BYTES = 50 * 1024 * 1024;

const latency = z.looseObject({
  count: z.number(),
  mean: z.number(),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
});
const requestStats = {
  requests: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  rps: z.number(),
  latency,
};

/** What a comparison reads; everything else in `measurements` is kept as it is. */
const measurementsSchema = z.looseObject({
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  overall: z.looseObject(requestStats),
  endpoints: z.array(z.looseObject({ name: z.string(), ...requestStats })),
  timeSeries: z.array(
    z.looseObject({
      t: z.number(),
      requests: z.number(),
      errors: z.number(),
      p50: z.number(),
      p95: z.number(),
      p99: z.number(),
    }),
  ),
});

export type ParsedResults = { measurements: RunMeasurements; generatedAt?: string } | { problem: string };

/**
 * The measurements of a results.json text, or why they cannot be used; `name` says which file in messages.
 * `allowEmpty`: a run that completed no requests is measurements too (a shard leg that reached nothing).
 */
export function parseResultsDocument(
  text: string,
  name: string,
  options: { allowEmpty?: boolean } = {},
): ParsedResults {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return { problem: `${name} is not JSON (${detail}); expected the results.json a loadgate run writes` };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { problem: `${name} is not a results.json (not a JSON object)` };
  }
  const { schemaVersion, measurements, generatedAt } = document as Record<string, unknown>;
  if (schemaVersion === undefined) {
    return { problem: `${name} has no schemaVersion; expected the results.json a loadgate run writes` };
  }
  if (typeof schemaVersion !== 'number' || !ACCEPTED_SCHEMA_VERSIONS.includes(schemaVersion)) {
    return {
      problem: `${name} has schemaVersion ${JSON.stringify(schemaVersion)}; this version of loadgate reads ${ACCEPTED_SCHEMA_VERSIONS.join(' or ')}`,
    };
  }
  if (measurements === undefined || measurements === null) {
    return { problem: `${name} has no measurements` };
  }
  const checked = measurementsSchema.safeParse(measurements);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const at = ['measurements', ...issue.path].join('.');
    return { problem: `${name} has incomplete measurements (${at}: ${issue.message})` };
  }
  if (checked.data.overall.requests === 0 && !options.allowEmpty) {
    return { problem: `${name} has no measurements: its run completed no requests` };
  }
  return {
    measurements: measurements as RunMeasurements,
    ...(typeof generatedAt === 'string' && !Number.isNaN(Date.parse(generatedAt)) ? { generatedAt } : {}),
  };
}

/**
 * Reads `path` (absolute, already checked to be inside the workspace) as a baseline.
 * `displayPath` is the path as the user gave it; `now` is when this run started.
 */
export async function readResultsFile(
  source: { path: string; displayPath: string },
  now: number = Date.now(),
): Promise<BaselineData> {
  const origin: BaselineOrigin = { kind: 'results', label: source.displayPath };
  const missing = (reason: string): BaselineData => ({ origin, missing: reason });
  let text: string;
  try {
    // The settings resolved every link; one that appeared since could lead anywhere.
    if ((await realpath(source.path)) !== source.path) {
      return missing(
        `${source.displayPath} has become a symbolic link since the settings were read; not read`,
      );
    }
    const { size } = await stat(source.path);
    if (size > MAX_RESULTS_FILE_BYTES) {
      return missing(
        `${source.displayPath} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB; expected a results.json`,
      );
    }
    text = await readFile(source.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return missing(`${source.displayPath} does not exist`);
    if (code === 'EISDIR') return missing(`${source.displayPath} is a directory`);
    return missing(`${source.displayPath} could not be read (${code ?? String(error)})`);
  }
  const parsed = parseResultsDocument(text, source.displayPath);
  if ('problem' in parsed) return missing(parsed.problem);
  return { origin: withAge(origin, parsed.generatedAt, now), measurements: parsed.measurements };
}

/** The origin with when its run was made and how old it is, in its label too. */
export function withAge(origin: BaselineOrigin, createdAt: string | undefined, now: number): BaselineOrigin {
  if (createdAt === undefined) return origin;
  const ageMs = Math.max(0, now - Date.parse(createdAt));
  return {
    ...origin,
    label: `${origin.label} (from ${createdAt}, ${describeAge(ageMs)} old)`,
    createdAt,
    ageMs,
  };
}
