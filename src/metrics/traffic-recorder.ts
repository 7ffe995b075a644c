/**
 * What realistic traffic adds to a run's measurements, kept apart from the gated
 * request stats: setup (login) requests with their own latency histogram and
 * failures, re-authentications after a 401, check results, and tenant-isolation
 * violations. Memory is bounded: counters, one histogram, and at most
 * {@link MAX_VIOLATION_ROWS} distinct (endpoint, tenant, tenant seen) rows.
 *
 * Nothing here ever holds a response body, a captured value or a secret: a setup
 * failure is described by its status or error class, a violation by the endpoint and
 * the two tenants.
 */
import { LatencyHistogram } from './latency-histogram.js';
import type { IsolationViolation, TrafficMeasurements } from './measurements.js';

/** Distinct violation rows kept; further distinct rows are counted in `detailsDropped`. */
export const MAX_VIOLATION_ROWS = 200;
/** Distinct setup failure reasons kept. */
const MAX_REASONS = 50;

export interface CheckDefinition {
  name: string;
  endpoint: string;
}

export class TrafficRecorder {
  private readonly setupHistogram = new LatencyHistogram();
  private setupRequests = 0;
  private setupSucceeded = 0;
  private readonly setupStatus = new Map<number, number>();
  private readonly setupFailures = new Map<string, number>();
  private readonly stepRequests: number[];
  private readonly stepFailed: number[];
  private usersTotal = 0;
  private usersLoggedIn = 0;
  private usersFailed = 0;
  private reauthentications = 0;

  private readonly checkPasses: Float64Array;
  private readonly checkFails: Float64Array;

  private isolationChecked = 0;
  private isolationUnchecked = 0;
  private isolationViolations = 0;
  private readonly endpointChecked: Float64Array;
  private readonly endpointViolations: Float64Array;
  private readonly violationRows = new Map<string, IsolationViolation>();
  private violationsDropped = 0;

  constructor(
    private readonly setupSteps: readonly string[],
    private readonly checks: readonly CheckDefinition[],
    private readonly endpointNames: readonly string[],
    private readonly isolation: boolean,
  ) {
    this.stepRequests = setupSteps.map(() => 0);
    this.stepFailed = setupSteps.map(() => 0);
    this.checkPasses = new Float64Array(checks.length);
    this.checkFails = new Float64Array(checks.length);
    this.endpointChecked = new Float64Array(endpointNames.length);
    this.endpointViolations = new Float64Array(endpointNames.length);
  }

  /** One setup request ended. `failure` is null when it succeeded (status expected, captures found). */
  recordSetup(step: number, latencyUs: number, sent: boolean, status: number, failure: string | null): void {
    this.setupRequests++;
    this.stepRequests[step]!++;
    if (status > 0) this.setupStatus.set(status, (this.setupStatus.get(status) ?? 0) + 1);
    if (sent) this.setupHistogram.recordMicros(latencyUs);
    if (failure === null) {
      this.setupSucceeded++;
      return;
    }
    this.stepFailed[step]!++;
    const known = this.setupFailures.get(failure);
    if (known !== undefined || this.setupFailures.size < MAX_REASONS) {
      this.setupFailures.set(failure, (known ?? 0) + 1);
    } else {
      this.setupFailures.set('other', (this.setupFailures.get('other') ?? 0) + 1);
    }
  }

  /** A VU began its first setup. */
  userStarted(): void {
    this.usersTotal++;
  }
  /** A VU completed its setup for the first time. */
  userLoggedIn(): void {
    this.usersLoggedIn++;
  }
  /** A VU's setup failed for the first time. */
  userFailed(): void {
    this.usersFailed++;
  }

  reauthenticated(): void {
    this.reauthentications++;
  }

  recordCheck(index: number, passed: boolean): void {
    if (passed) this.checkPasses[index]!++;
    else this.checkFails[index]!++;
  }

  /** A gated response showed no tenant where isolation looks. */
  isolationNotShown(): void {
    this.isolationUnchecked++;
  }

  /** A gated response's tenant was compared; `seen` is the other tenant on a violation, else null. */
  isolationJudged(endpoint: number, requesting: string, seen: string | null): void {
    this.isolationChecked++;
    this.endpointChecked[endpoint]!++;
    if (seen === null) return;
    this.isolationViolations++;
    this.endpointViolations[endpoint]!++;
    const endpointName = this.endpointNames[endpoint] ?? String(endpoint);
    const key = JSON.stringify([endpointName, requesting, seen]);
    const row = this.violationRows.get(key);
    if (row) row.count++;
    else if (this.violationRows.size < MAX_VIOLATION_ROWS) {
      this.violationRows.set(key, {
        endpoint: endpointName,
        requestingTenant: requesting,
        seenTenant: seen,
        count: 1,
      });
    } else this.violationsDropped++;
  }

  snapshot(): TrafficMeasurements {
    const statusCounts: Record<string, number> = {};
    for (const [status, count] of [...this.setupStatus].sort((a, b) => a[0] - b[0]))
      statusCounts[String(status)] = count;
    const failures: Record<string, number> = {};
    for (const [reason, count] of [...this.setupFailures].sort((a, b) => b[1] - a[1]))
      failures[reason] = count;
    return {
      setup:
        this.setupSteps.length === 0
          ? null
          : {
              requests: this.setupRequests,
              succeeded: this.setupSucceeded,
              failed: this.setupRequests - this.setupSucceeded,
              statusCounts,
              failures,
              latency: this.setupHistogram.summary(),
              users: { total: this.usersTotal, loggedIn: this.usersLoggedIn, failed: this.usersFailed },
              steps: this.setupSteps.map((name, i) => ({
                name,
                requests: this.stepRequests[i]!,
                failed: this.stepFailed[i]!,
              })),
            },
      reauthentications: this.reauthentications,
      checks: this.checks.map((check, i) => ({
        name: check.name,
        endpoint: check.endpoint,
        passes: this.checkPasses[i]!,
        fails: this.checkFails[i]!,
      })),
      isolation: this.isolation
        ? {
            checked: this.isolationChecked,
            unchecked: this.isolationUnchecked,
            violations: this.isolationViolations,
            byEndpoint: this.endpointNames.map((endpoint, i) => ({
              endpoint,
              checked: this.endpointChecked[i]!,
              violations: this.endpointViolations[i]!,
            })),
            details: [...this.violationRows.values()].sort((a, b) => b.count - a.count),
            detailsDropped: this.violationsDropped,
          }
        : null,
    };
  }
}
