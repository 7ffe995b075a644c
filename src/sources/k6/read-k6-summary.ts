/**
 * One k6 end-of-test summary file (see k6-summary-forms.ts) read into measurements and
 * k6's thresholds. Problems carry the file and line: a file that is not JSON (at the
 * line JSON.parse stopped), a document that is no k6 summary, a summary without the
 * HTTP metrics (at the line of its `"metrics"` key).
 */
import { readFile, stat } from 'node:fs/promises';

import type { RunMeasurements } from '../../metrics/measurements.js';
import type { K6Problems } from './k6-problems.js';
import { readSummaryForm, summaryForm, type K6SummaryForm } from './k6-summary-forms.js';
import type { K6ThresholdText } from './k6-threshold-text.js';
import { summaryMeasurements } from './summary-measurements.js';

export interface SummaryFileResult {
  form: K6SummaryForm;
  measurements: RunMeasurements;
  thresholds: K6ThresholdText[];
  /** The thresholds k6 itself found failed (in the file's own sense, the export's inverted booleans read). */
  failedInK6: string[];
}

export async function readK6Summary(
  absolute: string,
  displayPath: string,
  problems: K6Problems,
): Promise<SummaryFileResult | undefined> {
  let text: string;
  let modifiedMs: number;
  try {
    text = await readFile(absolute, 'utf8');
    modifiedMs = (await stat(absolute)).mtimeMs;
  } catch (error) {
    problems.add(
      displayPath,
      1,
      `the file could not be read: ${(error as { code?: string }).code ?? String(error)}`,
    );
    return undefined;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const line = lineOfParseError(text, error);
    const truncated = line >= lineCount(text) ? ' (the file ends too early: was it cut short?)' : '';
    problems.add(
      displayPath,
      line,
      `the k6 summary is not valid JSON${truncated}; expected the JSON of handleSummary(data) or of k6 run --summary-export=FILE`,
    );
    return undefined;
  }
  const form = summaryForm(document);
  if (form === undefined) {
    problems.add(
      displayPath,
      1,
      'the JSON is not a k6 summary: it has no "metrics" object; expected the data of handleSummary(data), or the file of k6 run --summary-export=FILE',
    );
    return undefined;
  }
  const data = readSummaryForm(document as Record<string, unknown>, form);
  const built = summaryMeasurements(data, modifiedMs);
  const metricsLine = lineOf(text, form === 'machine-readable' ? '"results"' : '"metrics"');
  if ('missing' in built) {
    problems.add(displayPath, metricsLine, `the k6 summary cannot be judged: ${built.missing}`);
    return undefined;
  }
  const thresholds: K6ThresholdText[] = [];
  const failedInK6: string[] = [];
  for (const metric of data.metrics) {
    for (const threshold of metric.thresholds) {
      const line = lineOf(text, JSON.stringify(threshold.text), lineOf(text, JSON.stringify(metric.name)));
      thresholds.push({
        metric: metric.name,
        text: threshold.text,
        abortOnFail: false,
        where: `${displayPath}:${line}`,
      });
      if (!threshold.ok) failedInK6.push(`${metric.name}: ${threshold.text}`);
    }
  }
  return { form, measurements: built.measurements, thresholds, failedInK6 };
}

/** 1-based line of the first `needle` at or after line `from`; `from` (or 1) when absent. */
function lineOf(text: string, needle: string, from = 1): number {
  let offset = 0;
  for (let line = 1; line < from; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return from;
    offset = next + 1;
  }
  const at = text.indexOf(needle, offset);
  return at < 0 ? from : from + countNewlines(text, offset, at);
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function lineCount(text: string): number {
  return countNewlines(text.trimEnd(), 0, text.length) + 1;
}

/** The line JSON.parse stopped at (V8 names the position, or the line and column, in its message). */
function lineOfParseError(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return countNewlines(text, 0, Number(position[1])) + 1;
  return /Unexpected end of JSON input/.test(message) ? lineCount(text) : 1;
}
