/**
 * k6's own results as a run's measurements: the NDJSON streams of one or more k6
 * instances (execution segments of one test, or repeated runs read as one), or one
 * end-of-test summary. The streams' samples all go into one builder, so several
 * instances merge exactly (the same histograms and counts as one instance writing
 * every sample) and the thresholds are judged once on the whole, which k6 itself
 * cannot do across instances. Summaries hold no samples, so two of them cannot merge
 * exactly and are refused, as is a summary beside streams.
 *
 * The thresholds judged are loadgate's when any is configured, else those written in
 * the k6 files (translated, k6-threshold-text.ts; one that cannot be translated is an
 * error naming it, never dropped), else loadgate's default.
 *
 * Every problem is a SettingsError issue at its file and line; nothing here throws
 * anything else for a bad file.
 */
import { SettingsError } from '../../config/settings-error.js';
import type { RunMeasurements } from '../../metrics/measurements.js';
import { thresholdSelections } from '../../slo/threshold-selections.js';
import type { Threshold } from '../../slo/types.js';
import { detectK6File, type K6FileKind } from './detect-k6-file.js';
import { K6Problems } from './k6-problems.js';
import { ScenarioSampleBuilder } from './k6-scenario-builder.js';
import { translateK6Threshold, type K6ThresholdText } from './k6-threshold-text.js';
import { readK6Ndjson, type NdjsonFileResult } from './read-k6-ndjson.js';
import { readK6Summary } from './read-k6-summary.js';

export interface K6File {
  absolute: string;
  /** Relative to the workspace: for messages and annotations. */
  displayPath: string;
}

export interface K6Results {
  measurements: RunMeasurements;
  /** The thresholds to judge (see above). */
  thresholds: Threshold[];
  /** Whose thresholds are judged, and what was read but not used, for the log. */
  notes: string[];
}

/** The origin loadgate's default threshold carries (config/layers/combine-layers.ts). */
const DEFAULT_ORIGIN = 'the default thresholds';

export async function readK6Results(
  files: readonly K6File[],
  configured: readonly Threshold[],
): Promise<K6Results> {
  const problems = new K6Problems();
  if (files.length === 0)
    throw new SettingsError([{ where: "input 'k6-results'", message: 'no file given' }]);
  const kinds = await Promise.all(files.map((file) => kindOf(file, problems)));
  problems.throwIfAny();
  const summaries = files.filter((_, i) => kinds[i] === 'k6-summary');
  if (summaries.length > 0 && (summaries.length > 1 || files.length > 1)) {
    throw new SettingsError([
      {
        where: `${summaries[0]!.displayPath}:1:1 (k6 results)`,
        message:
          `got ${files.length} k6 files of which ${summaries.length} ${summaries.length === 1 ? 'is a summary' : 'are summaries'}: ` +
          "a summary holds no samples, so it cannot be merged exactly with another file; expected one summary alone, or the NDJSON of every instance's k6 run --out json",
      },
    ]);
  }
  const read =
    summaries.length === 1
      ? await fromSummary(summaries[0]!, problems)
      : await fromStreams(files, problems, configured);
  problems.throwIfAny();
  // k6 writes no submetric thresholds in its NDJSON, so the files' own never need a selection.
  const { measurements, k6Thresholds, notes } = read!;
  const thresholds = chooseThresholds(configured, k6Thresholds, notes);
  checkConfiguredOnK6(thresholds);
  return { measurements, thresholds, notes };
}

async function kindOf(file: K6File, problems: K6Problems): Promise<K6FileKind | undefined> {
  try {
    const kind = await detectK6File(file.absolute);
    if (kind === undefined) {
      problems.add(
        file.displayPath,
        1,
        'the file is not a k6 output; expected the NDJSON of k6 run --out json=FILE, the JSON of handleSummary(data), or k6 run --summary-export=FILE',
      );
    }
    return kind;
  } catch (error) {
    problems.add(
      file.displayPath,
      1,
      `the file could not be read: ${(error as { code?: string }).code ?? String(error)}`,
    );
    return undefined;
  }
}

interface Read {
  measurements: RunMeasurements;
  k6Thresholds: K6ThresholdText[];
  notes: string[];
}

async function fromStreams(
  files: readonly K6File[],
  problems: K6Problems,
  configured: readonly Threshold[],
): Promise<Read | undefined> {
  // Each scenario's builder keeps the selections of the thresholds on it, as the engine's recorders do.
  const builder = new ScenarioSampleBuilder(thresholdSelections(configured), (scenario) =>
    thresholdSelections(configured, scenario),
  );
  const results: NdjsonFileResult[] = [];
  for (const [index, file] of files.entries()) {
    if (index > 0) builder.nextFile();
    const before = builder.requestCount;
    const result = await readK6Ndjson(file.absolute, file.displayPath, builder, problems);
    results.push(result);
    if (builder.requestCount === before && problems.issues.length === 0) {
      problems.add(
        file.displayPath,
        Math.max(1, result.lines),
        'the k6 stream holds no http_reqs sample, so there is no HTTP request to judge (was the test an HTTP test, and did k6 run --out json write it to the end?)',
      );
    }
  }
  if (problems.issues.length > 0) return undefined;
  const measurements = builder.build()!;
  const skipped = skippedNotes(results);
  measurements.source = { kind: 'k6-ndjson', files: files.map((file) => file.displayPath), skipped };
  const notes = [
    `read ${files.length === 1 ? 'one k6 stream' : `${files.length} k6 streams, merged`} (${files.map((f) => f.displayPath).join(', ')}): ${measurements.overall.requests} requests`,
    ...skipped.map((line) => `skipped: ${line}`),
  ];
  return { measurements, k6Thresholds: uniqueThresholds(results.flatMap((r) => r.thresholds)), notes };
}

async function fromSummary(file: K6File, problems: K6Problems): Promise<Read | undefined> {
  const result = await readK6Summary(file.absolute, file.displayPath, problems);
  if (result === undefined) return undefined;
  const skipped = ['a summary holds aggregates only: no histogram, no per-second series, no status codes'];
  result.measurements.source = { kind: 'k6-summary', files: [file.displayPath], skipped };
  const notes = [
    `read the k6 summary ${file.displayPath} (${result.form}): aggregates only, no per-request samples`,
    ...(result.failedInK6.length > 0 ? [`k6 itself found failed: ${result.failedInK6.join('; ')}`] : []),
  ];
  return { measurements: result.measurements, k6Thresholds: result.thresholds, notes };
}

/** Segments of one test carry the same thresholds: each once. */
function uniqueThresholds(thresholds: readonly K6ThresholdText[]): K6ThresholdText[] {
  const seen = new Set<string>();
  return thresholds.filter((t) => {
    const key = `${t.metric}\0${t.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function skippedNotes(results: readonly NdjsonFileResult[]): string[] {
  const records = results.reduce((sum, r) => sum + r.skippedRecords, 0);
  const ignored = new Map<string, number>();
  for (const result of results) {
    for (const [metric, count] of result.ignoredPoints)
      ignored.set(metric, (ignored.get(metric) ?? 0) + count);
  }
  return [
    ...(records > 0
      ? [`${records} record${records === 1 ? '' : 's'} of a type other than Metric and Point`]
      : []),
    ...(ignored.size > 0
      ? [
          `samples of metrics not judged: ${[...ignored]
            .sort((a, b) => b[1] - a[1])
            .map(([metric, count]) => `${metric} (${count})`)
            .join(', ')}`,
        ]
      : []),
  ];
}

function chooseThresholds(
  configured: readonly Threshold[],
  k6: readonly K6ThresholdText[],
  notes: string[],
): Threshold[] {
  const ownConfigured = configured.filter((threshold) => threshold.origin !== DEFAULT_ORIGIN);
  if (ownConfigured.length > 0 || k6.length === 0) {
    if (k6.length > 0)
      notes.push(
        `the ${k6.length} threshold(s) written in the k6 files are not judged: loadgate's thresholds are set`,
      );
    return [...configured];
  }
  const translated: Threshold[] = [];
  const refused: { where: string; message: string }[] = [];
  for (const threshold of k6) {
    const result = translateK6Threshold(threshold);
    if ('refused' in result) {
      refused.push({
        where: `${threshold.where}:1 (k6 threshold)`,
        message:
          `cannot judge the k6 threshold ${JSON.stringify(`${threshold.metric}: ${threshold.text}`)}: ${result.refused}; ` +
          "expected a threshold on http_req_duration, http_req_failed, http_reqs, data_sent, data_received or checks, or set loadgate's thresholds input to judge with those instead",
      });
    } else {
      translated.push(result);
    }
  }
  if (refused.length > 0) throw new SettingsError(refused);
  notes.push(`judging the ${translated.length} threshold(s) written in the k6 files`);
  return translated;
}

/** Bytes are counted per k6 iteration, not per request: a threshold on one endpoint's bytes has no data. */
function checkConfiguredOnK6(thresholds: readonly Threshold[]): void {
  const issues = thresholds
    .filter(
      (t) => (t.metric === 'data_sent' || t.metric === 'data_received') && Object.keys(t.tags).length > 0,
    )
    .map((t) => ({
      where: t.origin,
      message: `got ${JSON.stringify(t.source)}, but k6 counts ${t.metric} per iteration, not per request, so no endpoint or tag selection has its own; expected ${t.metric} on the whole run`,
    }));
  if (issues.length > 0) throw new SettingsError(issues);
}
