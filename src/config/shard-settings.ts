/**
 * Matrix shards: `shard` (`k/n`, this leg is part k of n of the load), `start-at` (the
 * instant all legs start together) and `mode` (`run`, the default, or `merge`: no
 * load, the shard bundles of this workflow run merged into one verdict).
 *
 * Inputs and the file give the same text forms; this module checks them and what they
 * do not go with (a merge has no shard of its own, a breakpoint staircase and a live
 * baseline decide while the load runs, which n legs apart cannot do together).
 */
import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';
import type { BaselineSettings } from './baseline-settings.js';

export const RUN_MODES = ['run', 'merge'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** More legs than this is a typo (a matrix has at most 256 jobs). */
export const MAX_SHARDS = 256;

/** This leg's part of the load: part `index` (0-based) of `count`. */
export interface ShardSettings {
  index: number;
  count: number;
}

/** The instant the load starts: epoch ms, and the text as given (for messages). */
export interface StartAtSettings {
  epochMs: number;
  text: string;
  /** The input or file location it came from, for a message at run time (a leg that starts too late). */
  where?: string;
}

const SHARD_EXPECTED = 'expected k/n with 1 ≤ k ≤ n, such as 2/4 (${{ matrix.shard }}/4)';

/** `shard`: `k/n`, 1-based. */
export function shardFrom(value: unknown, where: string, add: AddIssue): ShardSettings | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(text);
  if (!match) return void add(where, `got ${quote(value)}; ${SHARD_EXPECTED}`);
  const k = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > MAX_SHARDS) {
    return void add(where, `got ${quote(value)}: ${n} legs; expected 1 to ${MAX_SHARDS} legs, such as 2/4`);
  }
  if (k < 1 || k > n) return void add(where, `got ${quote(value)}: leg ${k} of ${n}; ${SHARD_EXPECTED}`);
  return { index: k - 1, count: n };
}

/** ISO-8601 date and time with seconds optional, fraction optional, and an offset (Z, +02:00, +0200). */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const START_AT_EXPECTED =
  "expected an ISO-8601 instant with an offset, such as 2026-05-04T10:30:00Z or 2026-05-04T12:30:00+02:00 (date -u -d '+90 seconds' +%FT%TZ)";

/** `start-at`: an instant with an offset (a time without one would depend on the runner's zone). */
export function startAtFrom(value: unknown, where: string, add: AddIssue): StartAtSettings | undefined {
  const text = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : '';
  const match = INSTANT.exec(text);
  if (!match) return void add(where, `got ${quote(value)}; ${START_AT_EXPECTED}`);
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match as unknown as string[];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  const wallMs = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wallMs);
  if (
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    return void add(where, `got ${quote(value)}: no such date or time; ${START_AT_EXPECTED}`);
  }
  const offsetMs = zoneOffsetMs(zone!);
  if (offsetMs === undefined) return void add(where, `got ${quote(value)}: bad offset; ${START_AT_EXPECTED}`);
  const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  return { epochMs: wallMs + millis - offsetMs, text };
}

function zoneOffsetMs(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** `mode` from an input's text (the file's value is checked by its schema). */
export function modeFrom(value: unknown, where: string, add: AddIssue): RunMode | undefined {
  if ((RUN_MODES as readonly unknown[]).includes(value)) return value as RunMode;
  return void add(
    where,
    `got ${quote(value)}; expected run (send the load; the default) or merge (merge the shard bundles of this workflow run into one verdict)`,
  );
}

export interface ShardChoices {
  mode?: { value: RunMode; where: string } | undefined;
  shard?: { value: ShardSettings; where: string } | undefined;
  startAt?: { value: StartAtSettings; where: string } | undefined;
}

/** What the shard keys do not go with; reported at the key that makes the run a leg or a merge. */
export function checkShardChoices(
  choices: ShardChoices,
  context: { scenario: string | undefined; baseline: BaselineSettings | undefined },
  add: AddIssue,
): boolean {
  const { mode, shard, startAt } = choices;
  let ok = true;
  if (mode?.value === 'merge' && shard) {
    add(
      shard.where,
      `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with mode merge (${mode.where}); expected shard only on the matrix legs, and no shard in the merge job`,
    );
    ok = false;
  }
  if (mode?.value === 'merge' && startAt) {
    add(
      startAt.where,
      `got ${quote(startAt.value.text)} with mode merge (${mode.where}); expected start-at only on the legs that send load`,
    );
    ok = false;
  }
  if (shard && shard.value.count > 1 && context.scenario === 'breakpoint') {
    add(
      shard.where,
      `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with the breakpoint scenario; expected no shard: the staircase stops where the target breaks, which legs apart cannot decide together`,
    );
    ok = false;
  }
  if (shard && context.baseline?.source.kind === 'live') {
    add(
      shard.where,
      `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with a live baseline (baseline-url); expected an earlier run as the baseline of a sharded gate (baseline-results or baseline-artifact, given to the merge job)`,
    );
    ok = false;
  }
  if (mode?.value === 'merge' && context.baseline?.source.kind === 'live') {
    add(
      mode.where,
      'got merge with a live baseline (baseline-url); expected an earlier run as the baseline of a merge (baseline-results or baseline-artifact): a merge sends no load',
    );
    ok = false;
  }
  return ok;
}
