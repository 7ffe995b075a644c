/**
 * Checks of a relative threshold that the grammar cannot make alone, all
 * gathered at once so the caller can report every problem against its config
 * path. Each message names the field, quotes the value and says the form
 * expected.
 */
import type { RelativeBound, RelativeThreshold } from './types.js';

const OPERATORS = ['<', '<=', '>', '>='] as const;

function boundProblems(field: string, bound: RelativeBound): string[] {
  if (bound.form === 'ratio') {
    return Number.isFinite(bound.factor) && bound.factor > 0
      ? []
      : [`${field}: the factor of "baseline * k" must be a positive number, got ${String(bound.factor)}`];
  }
  return Number.isFinite(bound.delta)
    ? []
    : [`${field}: the d of "baseline + d" must be a number, got ${String(bound.delta)}`];
}

function boundValue(bound: RelativeBound): number {
  return bound.form === 'ratio' ? bound.factor : bound.delta;
}

function sampleProblems(field: string, values: readonly number[]): string[] {
  const bad = values.findIndex((v) => !Number.isFinite(v) || v < 0);
  return bad < 0 ? [] : [`${field}[${bad}]: expected a finite value ≥ 0, got ${String(values[bad])}`];
}

export function relativeThresholdProblems(threshold: RelativeThreshold): string[] {
  const problems: string[] = [];
  const { operator, tolerance, marginal, confidence, data } = threshold;
  if (!OPERATORS.includes(operator))
    problems.push(`operator: expected one of < <= > >=, got "${String(operator)}"`);
  problems.push(...boundProblems('tolerance', tolerance));
  if (marginal) {
    problems.push(...boundProblems('marginal', marginal));
    if (marginal.form !== tolerance.form) {
      problems.push(
        `marginal: must have the same form as the tolerance ("baseline ${tolerance.form === 'ratio' ? '*' : '+'} …")`,
      );
    } else {
      const looser = operator.startsWith('<')
        ? boundValue(marginal) >= boundValue(tolerance)
        : boundValue(marginal) <= boundValue(tolerance);
      if (!looser) {
        problems.push(
          `marginal: must be looser than the tolerance (${operator.startsWith('<') ? 'at least' : 'at most'} ${boundValue(tolerance)}), got ${boundValue(marginal)}`,
        );
      }
    }
  }
  if (confidence !== undefined && !(confidence > 0 && confidence < 1)) {
    problems.push(`confidence: expected a number between 0 and 1 (e.g. 0.95), got ${String(confidence)}`);
  }
  if (data.kind === 'proportion') {
    for (const side of ['canary', 'baseline'] as const) {
      const { events, trials } = data[side];
      if (!Number.isInteger(events) || !Number.isInteger(trials) || events < 0 || events > trials) {
        problems.push(`${side}: expected whole counts with 0 ≤ events ≤ trials, got ${events} of ${trials}`);
      }
    }
  } else {
    problems.push(...sampleProblems('canary', data.canary), ...sampleProblems('baseline', data.baseline));
    if (data.intervalSeconds !== undefined && !(data.intervalSeconds > 0)) {
      problems.push(
        `intervalSeconds: expected a positive number of seconds, got ${String(data.intervalSeconds)}`,
      );
    }
  }
  return problems;
}
