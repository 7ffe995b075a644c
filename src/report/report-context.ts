import type { Settings } from '../config/settings.js';
import type { BaselineData } from '../metrics/baseline-data.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import type { Evaluation } from '../slo/types.js';
import type { ShardRecord } from './plan-identity.js';

/** The input of every renderer: each report format is a pure function of it. */
export interface ReportContext {
  settings: Settings;
  measurements: RunMeasurements;
  evaluation: Evaluation;
  /** True when the verdict is fail and auto-rollback is on. */
  rollback: boolean;
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  toolVersion: string;
  /** Link to the workflow run, when there is one. */
  runUrl?: string;
  /** The baseline the canary was compared with: measured beside it, or loaded before the load (or why it could not be had). */
  baseline?: BaselineData;
  /** A matrix leg's plan and part (its figures are a share of the load; the merge job decides). */
  shard?: ShardRecord;
  /** A merged run: the legs its measurements were merged from. */
  mergedFrom?: MergedPart[];
}

/** One leg of a merged run, as the report lists it. */
export interface MergedPart {
  /** `2/4`. */
  shard: string;
  /** Where the bundle came from: an artifact name or a file. */
  source: string;
  requests: number;
}
