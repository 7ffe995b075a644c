/**
 * A shard bundle: the results.json a matrix leg writes, with its measurements (encoded
 * HDR histograms, counters, per-second points) and its `shard` block (the plan identity,
 * its fingerprint, k, n and the workflow run). Whatever is wrong with a file is a
 * problem naming it, never a crash.
 */
import { readFile, stat } from 'node:fs/promises';

import { z } from 'zod';

import { MAX_RESULTS_FILE_BYTES, parseResultsDocument } from '../../baseline/read-results-file.js';
import type { RunMeasurements } from '../../metrics/measurements.js';
import { PLAN_FIELDS, type ShardRecord } from '../../report/plan-identity.js';
import type { SourceFile } from '../measured-run.js';

export interface ShardBundle {
  /** Where it came from: the artifact name or the file, for messages. */
  source: string;
  record: ShardRecord;
  measurements: RunMeasurements;
}

// `scenarios` is written only by plans that have them (plan-identity.ts).
const planSchema = z.object(
  Object.fromEntries(
    Object.keys(PLAN_FIELDS).map((key) => [key, key === 'scenarios' ? z.unknown().optional() : z.unknown()]),
  ) as unknown as Record<keyof typeof PLAN_FIELDS, z.ZodType>,
);
const shardSchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  plan: planSchema,
  k: z.int().min(1),
  n: z.int().min(1),
  runId: z.string().nullable(),
});

/** Whether a parsed JSON document is a shard bundle (has the `shard` block), for telling sources apart. */
export function looksLikeShardBundle(document: unknown): boolean {
  return (
    typeof document === 'object' &&
    document !== null &&
    'schemaVersion' in document &&
    typeof (document as { shard?: unknown }).shard === 'object'
  );
}

export function parseShardBundle(text: string, source: string): ShardBundle | { problem: string } {
  const parsed = parseResultsDocument(text, source, { allowEmpty: true });
  if ('problem' in parsed) return parsed;
  const shard = (JSON.parse(text) as { shard?: unknown }).shard;
  if (shard === undefined) {
    return {
      problem: `${source} is a results.json without a shard block; expected the bundle of a leg run with shard: k/n`,
    };
  }
  const checked = shardSchema.safeParse(shard);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return {
      problem: `${source} has a broken shard block (shard.${issue.path.join('.')}: ${issue.message})`,
    };
  }
  const record = checked.data as ShardRecord;
  if (record.k > record.n) return { problem: `${source} says it is shard ${record.k} of ${record.n}` };
  return { source, record, measurements: parsed.measurements };
}

export async function readShardBundle(file: SourceFile): Promise<ShardBundle | { problem: string }> {
  try {
    if ((await stat(file.absolute)).size > MAX_RESULTS_FILE_BYTES) {
      return { problem: `${file.displayPath} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB` };
    }
    return parseShardBundle(await readFile(file.absolute, 'utf8'), file.displayPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: `${file.displayPath} could not be read (${code ?? String(error)})` };
  }
}
