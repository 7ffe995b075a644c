/**
 * The identity of a sharded plan: what every leg of a matrix must share for their
 * measurements to add up to one run (target, load shape, endpoints, thresholds, timeout,
 * data), its fingerprint (a hash of it), and the block a leg writes into its
 * results.json so the merge can check the set (`shard` in results-document.ts).
 *
 * Header values and test data values are not part of it: they may be secrets, and the
 * hash is written in artifact names. The data file's name, columns and size are.
 */
import { createHash } from 'node:crypto';

import type { Settings } from '../config/settings.js';
import { displayUrl } from './format.js';

/** The fields compared across legs, in words for messages, by key. */
export const PLAN_FIELDS = {
  target: 'target-url',
  model: 'the load model (vus or rate)',
  stages: 'the load shape (duration, vus, rate, ramp-up, stages)',
  maxVus: 'max-vus',
  scenario: 'scenario',
  endpoints: 'endpoints',
  thresholds: 'thresholds',
  timeoutMs: 'timeout',
  data: 'the test data file',
  scenarios: 'scenarios (their executors, loads, start times and endpoints)',
} as const;

export type PlanIdentity = { [K in keyof typeof PLAN_FIELDS]: unknown };

/** What a leg writes into its results.json: the plan it ran and which part of it. */
export interface ShardRecord {
  /** Hex SHA-256 of the plan identity (see planFingerprint). */
  fingerprint: string;
  plan: PlanIdentity;
  /** 1-based, as users write shards. */
  k: number;
  n: number;
  /** The workflow run (GITHUB_RUN_ID) the leg belongs to; null outside a workflow. */
  runId: string | null;
}

/** The first characters of the fingerprint, as artifact names carry it. */
export const SHORT_FINGERPRINT_LENGTH = 12;

export function planIdentity(settings: Settings): PlanIdentity {
  const data = settings.traffic?.data;
  return {
    target: displayUrl(settings.targetUrl),
    model: settings.model ?? 'closed',
    stages: settings.stages.map((s) => [s.durationMs, s.target]),
    maxVus: settings.maxVus,
    scenario: settings.scenario ?? null,
    endpoints: settings.endpoints.map((e) => [e.name, e.method, e.path, e.weight]),
    thresholds: settings.thresholds.map((t) => t.source),
    timeoutMs: settings.timeoutMs,
    data: data ? [data.file, data.order, data.columns, data.records.length] : null,
    // Only with scenarios:, so the fingerprints of plans without them stay what they were.
    scenarios: settings.scenarios?.map((s) => [
      s.name,
      s.executor,
      s.startTimeMs,
      s.gracefulStopMs,
      s.stages.map((stage) => [stage.durationMs, stage.target]),
      s.maxVus,
      s.preAllocatedVus ?? null,
      s.iterations ?? null,
      s.endpoints.map((e) => [e.name, e.method, e.path, e.weight]),
    ]),
  };
}

export function planFingerprint(identity: PlanIdentity): string {
  const ordered = (Object.keys(PLAN_FIELDS) as (keyof PlanIdentity)[])
    .filter((key) => key !== 'scenarios' || identity.scenarios !== undefined)
    .map((key) => identity[key]);
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/** The fields in which two plans differ, in words (empty when they match). */
export function planDifferences(expected: PlanIdentity, got: PlanIdentity): string[] {
  return (Object.keys(PLAN_FIELDS) as (keyof PlanIdentity)[])
    .filter((key) => JSON.stringify(expected[key]) !== JSON.stringify(got[key]))
    .map((key) => PLAN_FIELDS[key]);
}

/** The shard record of a leg run with `settings`; undefined for a run that is no leg. */
export function shardRecord(settings: Settings, runId: string | undefined): ShardRecord | undefined {
  if (!settings.shard) return undefined;
  const plan = planIdentity(settings);
  return {
    fingerprint: planFingerprint(plan),
    plan,
    k: settings.shard.index + 1,
    n: settings.shard.count,
    runId: runId ?? null,
  };
}
