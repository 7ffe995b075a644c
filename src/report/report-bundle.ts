/**
 * The report bundle: the files written beside report.md and results.json, and the
 * list of everything that makes up the artifact.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { displayUrl } from './format.js';
import { renderHtmlReport } from './html/html-report.js';
import { renderJunitReport } from './junit-report.js';
import { renderPrometheusMetrics } from './prometheus-metrics.js';
import type { ReportContext } from './report-context.js';

/** Files the bundle writes. */
export const BUNDLE_FILES = ['report.html', 'junit.xml', 'metrics.prom', 'histograms.json'] as const;
/** Files the gate itself writes into the same directory. */
export const GATE_FILES = ['report.md', 'results.json'] as const;

export interface HistogramsDocument {
  format: 'hdr-histogram-compressed-base64';
  unit: 'microseconds';
  significantDigits: 3;
  overall: string;
  endpoints: Array<{ name: string; method: string; path: string; histogram: string }>;
}

/** The encoded HDR histograms of the run, so other tools can merge runs or recompute percentiles. */
export function buildHistogramsDocument(ctx: ReportContext): HistogramsDocument {
  return {
    format: 'hdr-histogram-compressed-base64',
    unit: 'microseconds',
    significantDigits: 3,
    overall: ctx.measurements.overall.histogram,
    endpoints: ctx.measurements.endpoints.map((e) => ({
      name: e.name,
      method: e.method,
      path: e.path,
      histogram: e.histogram,
    })),
  };
}

export interface ReportBundleOptions {
  /** Labels on every sample of metrics.prom. Default: `target` and `environment` of the run. */
  prometheusLabels?: Record<string, string | undefined>;
}

/**
 * Write report.html, junit.xml, metrics.prom and histograms.json into `dir` (created
 * if needed). Returns the absolute paths of the whole bundle: report.md and
 * results.json first when they are in `dir`, then the four files written here.
 */
export async function writeReportBundle(
  ctx: ReportContext,
  dir: string,
  options: ReportBundleOptions = {},
): Promise<string[]> {
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  const labels = options.prometheusLabels ?? {
    target: displayUrl(ctx.settings.targetUrl),
    environment: ctx.settings.environment,
  };
  const contents: Record<(typeof BUNDLE_FILES)[number], string> = {
    'report.html': renderHtmlReport(ctx),
    'junit.xml': renderJunitReport(ctx),
    'metrics.prom': renderPrometheusMetrics(ctx, labels),
    'histograms.json': `${JSON.stringify(buildHistogramsDocument(ctx), null, 2)}\n`,
  };
  for (const name of BUNDLE_FILES) await writeFile(path.join(root, name), contents[name]);

  const present: string[] = [];
  for (const name of GATE_FILES) {
    const file = path.join(root, name);
    try {
      await access(file);
      present.push(file);
    } catch {
      // The gate did not write it (e.g. a render-only call): leave it out of the bundle.
    }
  }
  return [...present, ...BUNDLE_FILES.map((name) => path.join(root, name))];
}
