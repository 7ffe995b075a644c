/**
 * The gateable metrics of realistic traffic, read from `measurements.traffic`:
 * `checks` (rate of passed checks; tags `check` and `endpoint`) and
 * `isolation_violations` (counter; tag `endpoint`). With nothing to judge (no
 * checks ran, isolation not configured or no response showed a tenant) they give a
 * note, so the threshold fails instead of passing silently.
 */
import type { RunMeasurements } from '../metrics/measurements.js';
import type { Aggregation } from './types.js';

type Measured = number | { note: string };

export function measureChecks(
  run: RunMeasurements,
  tags: Readonly<Record<string, string>>,
  aggregation: Aggregation,
): Measured {
  if (aggregation !== 'rate') return { note: `checks has no aggregation "${aggregation}"` };
  const checks = (run.traffic?.checks ?? []).filter(
    (check) =>
      (tags.check === undefined || check.name === tags.check) &&
      (tags.endpoint === undefined || check.endpoint === tags.endpoint),
  );
  let passes = 0;
  let total = 0;
  for (const check of checks) {
    passes += check.passes;
    total += check.passes + check.fails;
  }
  if (total > 0) return passes / total;
  const what = [
    tags.check !== undefined ? `check "${tags.check}"` : '',
    tags.endpoint !== undefined ? `endpoint "${tags.endpoint}"` : '',
  ]
    .filter(Boolean)
    .join(' on ');
  return { note: `no check${what ? ` (${what})` : ''} ran, so there is nothing to judge` };
}

export function measureIsolationViolations(
  run: RunMeasurements,
  tags: Readonly<Record<string, string>>,
  aggregation: Aggregation,
): Measured {
  const isolation = run.traffic?.isolation;
  if (!isolation) return { note: 'tenant isolation was not checked (no isolation in the config)' };
  let violations = isolation.violations;
  let checked = isolation.checked;
  if (tags.endpoint !== undefined) {
    const row = isolation.byEndpoint.find((entry) => entry.endpoint === tags.endpoint);
    violations = row?.violations ?? 0;
    checked = row?.checked ?? 0;
  }
  if (checked === 0) {
    return {
      note: `no response${tags.endpoint !== undefined ? ` of endpoint "${tags.endpoint}"` : ''} showed a tenant, so isolation could not be judged`,
    };
  }
  if (aggregation === 'count') return violations;
  if (aggregation === 'rate')
    return run.durationMs > 0 ? violations / (run.durationMs / 1000) : { note: 'the run has no duration' };
  return { note: `isolation_violations has no aggregation "${aggregation}"` };
}
