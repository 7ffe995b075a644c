/** What the breakpoint executor hands the open model: a second recorder of every canary request (open-model.ts). */
import type { ExchangeResult } from '../http/http-client.js';
import type { RunLoadOptions } from './load-run.js';

/**
 * Receives each completed request and each dropped one, with its intended send time in
 * ms since the load started; the breakpoint executor sorts them into its steps.
 */
export interface RequestSink {
  record(
    endpointIndex: number,
    latencyUs: number,
    outcome: ExchangeResult['outcome'],
    endMs: number,
    intendedAtMs: number,
    /** The iteration's time (µs): from its actual start to its end. */
    iterationUs: number,
  ): void;
  drop?(intendedAtMs: number): void;
}

export interface OpenModelOptions extends RunLoadOptions {
  /** An extra recorder fed every canary request (corrected latency). */
  sink?: RequestSink;
}
