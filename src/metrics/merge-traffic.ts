/**
 * The realistic-traffic figures (setup requests, checks, tenant isolation) of several
 * parts of one load as one. Counts are summed exactly. The setup latency has no
 * histogram in the snapshot, so its merged summary is the conservative one: the
 * count-weighted mean, and for each percentile and the maximum the highest part's
 * value (setup latency is reported, never gated).
 */
import { addCounts, mergeSummariesConservatively } from './merge-stats.js';
import type {
  CheckMeasurement,
  IsolationMeasurements,
  SetupMeasurements,
  TrafficMeasurements,
} from './measurements.js';
import { MAX_VIOLATION_ROWS } from './traffic-recorder.js';

export function mergeTraffic(
  parts: readonly (TrafficMeasurements | undefined)[],
): TrafficMeasurements | undefined {
  const present = parts.filter((part): part is TrafficMeasurements => part !== undefined);
  if (present.length === 0) return undefined;
  return {
    setup: mergeSetup(present.map((part) => part.setup)),
    reauthentications: present.reduce((sum, part) => sum + part.reauthentications, 0),
    checks: mergeChecks(present.map((part) => part.checks)),
    isolation: mergeIsolation(present.map((part) => part.isolation)),
  };
}

function mergeSetup(parts: readonly (SetupMeasurements | null)[]): SetupMeasurements | null {
  const present = parts.filter((part): part is SetupMeasurements => part !== null);
  if (present.length === 0) return null;
  const statusCounts: Record<string, number> = {};
  const failures: Record<string, number> = {};
  const steps = new Map<string, { name: string; requests: number; failed: number }>();
  const users = { total: 0, loggedIn: 0, failed: 0 };
  let requests = 0;
  let succeeded = 0;
  let failed = 0;
  for (const part of present) {
    requests += part.requests;
    succeeded += part.succeeded;
    failed += part.failed;
    addCounts(statusCounts, part.statusCounts);
    addCounts(failures, part.failures);
    users.total += part.users.total;
    users.loggedIn += part.users.loggedIn;
    users.failed += part.users.failed;
    for (const step of part.steps) {
      const entry = steps.get(step.name) ?? { name: step.name, requests: 0, failed: 0 };
      entry.requests += step.requests;
      entry.failed += step.failed;
      steps.set(step.name, entry);
    }
  }
  return {
    requests,
    succeeded,
    failed,
    statusCounts,
    failures,
    latency: mergeSummariesConservatively(present.map((part) => part.latency)),
    users,
    steps: [...steps.values()],
  };
}

function mergeChecks(parts: readonly (readonly CheckMeasurement[])[]): CheckMeasurement[] {
  const byKey = new Map<string, CheckMeasurement>();
  for (const checks of parts) {
    for (const check of checks) {
      const key = `${check.endpoint}\u0000${check.name}`;
      const entry = byKey.get(key) ?? { name: check.name, endpoint: check.endpoint, passes: 0, fails: 0 };
      entry.passes += check.passes;
      entry.fails += check.fails;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

function mergeIsolation(parts: readonly (IsolationMeasurements | null)[]): IsolationMeasurements | null {
  const present = parts.filter((part): part is IsolationMeasurements => part !== null);
  if (present.length === 0) return null;
  const byEndpoint = new Map<string, { endpoint: string; checked: number; violations: number }>();
  const details = new Map<string, IsolationMeasurements['details'][number]>();
  let checked = 0;
  let unchecked = 0;
  let violations = 0;
  let detailsDropped = 0;
  for (const part of present) {
    checked += part.checked;
    unchecked += part.unchecked;
    violations += part.violations;
    detailsDropped += part.detailsDropped;
    for (const row of part.byEndpoint) {
      const entry = byEndpoint.get(row.endpoint) ?? { endpoint: row.endpoint, checked: 0, violations: 0 };
      entry.checked += row.checked;
      entry.violations += row.violations;
      byEndpoint.set(row.endpoint, entry);
    }
    for (const row of part.details) {
      const key = `${row.endpoint}\u0000${row.requestingTenant}\u0000${row.seenTenant}`;
      const entry = details.get(key) ?? { ...row, count: 0 };
      entry.count += row.count;
      details.set(key, entry);
    }
  }
  const rows = [...details.values()].sort((a, b) => b.count - a.count);
  return {
    checked,
    unchecked,
    violations,
    byEndpoint: [...byEndpoint.values()],
    // The same bound as one recorder's: the rarest rows beyond it are counted, not listed.
    details: rows.slice(0, MAX_VIOLATION_ROWS),
    detailsDropped: detailsDropped + Math.max(0, rows.length - MAX_VIOLATION_ROWS),
  };
}
