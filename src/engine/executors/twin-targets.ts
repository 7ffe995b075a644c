/**
 * A live baseline (`baseline-url`): the canary and the baseline get the same traffic at
 * the same time, each measured into its own recorder, so a slowdown that hits both (a
 * shared database, a noisy runner) shows on both and is not blamed on the canary.
 *
 * Each target is a {@link Lane}: its prepared requests, its recorder and per-second
 * series, its own connections. What the two lanes share is every choice:
 *
 * - Closed model: each VU has a twin VU on the baseline, started and stopped with it,
 *   with the same data record and the same draws for its k-th request (endpoint, think
 *   time, `randomInt`), tied to k rather than to a running stream, so a failed login or
 *   a 401 retry on one target does not shift the other's sequence. Twins pace
 *   independently: the closed model holds the number of concurrent users equal, and a
 *   baseline that waited for a slow canary would stop being a control (its load, its
 *   per-second series and its throughput would follow the canary's latency). Logins
 *   and captures (a session cookie too, when one is captured) are per target. `uuid`
 *   and `timestamp` values are not shared: two deployments behind one database must
 *   not collide on an idempotency key.
 * - Open model: one arrival schedule; arrival n goes to both lanes with the same
 *   endpoint and the same intended send time, each lane with its own connection pool,
 *   in-flight cap, backlog and drops. The copy written first leaves some microseconds
 *   earlier, so the order alternates (even arrivals canary first, odd ones baseline
 *   first) and the head start cancels out.
 */
import type { Settings } from '../../config/settings.js';
import { MetricsRecorder, type MetricsRecorderOptions } from '../../metrics/metrics-recorder.js';
import { prepareTarget, type PreparedTarget } from '../http/prepared-target.js';
import { selectionOptions } from '../selection-options.js';
import type { RandomSource } from '../traffic/endpoint-picker.js';
import { drawSeed, SeededStream, subSeed, uniformAt } from '../traffic/seeded-random.js';
import type { SessionDraws } from '../traffic/vu-session.js';

/** One target of the run: the canary (always first) or its live baseline. */
export interface Lane {
  readonly role: 'canary' | 'baseline';
  readonly target: PreparedTarget;
  readonly recorder: MetricsRecorder;
  /** The settings with this lane's URL as the target (for the setup requests). */
  readonly settings: Settings;
}

/** The live baseline's URL, when the settings have one. */
export function liveBaselineUrl(settings: Pick<Settings, 'baseline'>): string | undefined {
  const source = settings.baseline?.source;
  return source?.kind === 'live' ? source.url : undefined;
}

/** The baseline URL as reports and logs may show it: no credentials, no query. */
export function liveBaselineLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the live baseline';
  }
}

/** The lanes of a run: the canary's, then the live baseline's when there is one. */
export function buildLanes(settings: Settings, recorderOptions: MetricsRecorderOptions): Lane[] {
  const lane = (role: Lane['role'], laneSettings: Settings): Lane => ({
    role,
    target: prepareTarget(laneSettings),
    recorder: new MetricsRecorder(laneSettings.endpoints, {
      ...recorderOptions,
      ...selectionOptions(laneSettings, settings.scenarioName),
      ...(settings.scenarioName !== undefined ? { scenario: settings.scenarioName } : {}),
      ...(settings.scenarioTags !== undefined ? { scenarioTags: settings.scenarioTags } : {}),
    }),
    settings: laneSettings,
  });
  const lanes = [lane('canary', settings)];
  const baselineUrl = liveBaselineUrl(settings);
  if (baselineUrl !== undefined) lanes.push(lane('baseline', { ...settings, targetUrl: baselineUrl }));
  return lanes;
}

const PICK = 1;
const THINK = 2;
const TEMPLATES = 3;
const SETUP = 4;

/**
 * The draws of one twin (a VU or its baseline twin): numbers tied to the pair's seed
 * and the gated request's number, so both twins of a pair get the same ones.
 */
export class TwinDraws implements SessionDraws {
  private readonly pickSeed: number;
  private readonly thinkSeed: number;
  private readonly templateSeed: number;
  private readonly stream = new SeededStream();
  private readonly setupStream: SeededStream;

  constructor(pairSeed: number) {
    this.pickSeed = subSeed(pairSeed, PICK);
    this.thinkSeed = subSeed(pairSeed, THINK);
    this.templateSeed = subSeed(pairSeed, TEMPLATES);
    this.setupStream = new SeededStream(subSeed(pairSeed, SETUP));
  }

  /** The uniform number that picks gated request `request`'s endpoint. */
  pick(request: number): number {
    return uniformAt(this.pickSeed, request);
  }

  think(request: number): number {
    return uniformAt(this.thinkSeed, request);
  }

  /** The same values for a request and its retry: the stream starts again from the request's seed. */
  templates(request: number): RandomSource {
    return this.stream.reset(uniformAt(this.templateSeed, request) * 4294967296).next;
  }

  /** Logins are per target: the twins' first setups draw alike, a repeated one may not. */
  setupTemplates(): RandomSource {
    return this.setupStream.next;
  }
}

/** Seeds for the VU pairs (closed model) or the arrivals (open model) of one run. */
export class TwinSeeds {
  private readonly seed: number;

  constructor(random: RandomSource = Math.random) {
    this.seed = drawSeed(random);
  }

  /** The seed VU `index` and its twin share. */
  pair(index: number): number {
    return subSeed(this.seed, index + 16);
  }

  /** The uniform number that picks arrival `n`'s endpoint, the same for both lanes. */
  arrival(n: number): number {
    return uniformAt(this.seed, n);
  }
}
