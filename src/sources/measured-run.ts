/** Measurements made elsewhere than the engine (merged shard bundles, k6 results), as the gate takes them. */
import type { RunMeasurements } from '../metrics/measurements.js';
import type { MergedPart } from '../report/report-context.js';
import type { Threshold } from '../slo/types.js';

export interface MeasuredRun {
  measurements: RunMeasurements;
  /** The parts merged, listed in the report. */
  mergedFrom?: MergedPart[];
  /** Thresholds the source brings (e.g. written in k6 files) to judge instead of the settings'. */
  thresholds?: Threshold[];
  /** What the log should say about the source (whose thresholds are judged, what was skipped). */
  notes: string[];
}

/** A file a source reads: absolute, and as the user (or the artifact) names it in messages. */
export interface SourceFile {
  absolute: string;
  displayPath: string;
}
