/**
 * `start-at`: every leg of a matrix starts its load at the same instant. A leg that is
 * early waits; one that is late starts at once, the legs' seconds shifted by its delay;
 * one that is later than its whole plan would overlap none of the other legs' load, so
 * its figures would not add up to one run: refused.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import type { StartAtSettings } from '../../config/shard-settings.js';

export type StartDecision = { waitMs: number } | { lateMs: number; problem: string };

/** Whether to wait (and how long) or refuse, at `now`, for a plan of `plannedMs`. */
export function decideStart(startAt: StartAtSettings, plannedMs: number, now: number): StartDecision {
  const delta = startAt.epochMs - now;
  if (delta >= 0) return { waitMs: delta };
  const lateMs = -delta;
  if (lateMs <= plannedMs) return { waitMs: 0 };
  return {
    lateMs,
    problem: `got ${startAt.text}, ${seconds(lateMs)} ago, more than this leg's planned ${seconds(plannedMs)}: its load would not overlap the other legs'; expected an instant in the future, computed by an earlier job (e.g. date -u -d '+90 seconds' +%FT%TZ) with enough time for every leg to start`,
  };
}

/** Waits `ms`, or less when `signal` aborts (the run is cancelled before it started). */
export async function waitUntilStart(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}
