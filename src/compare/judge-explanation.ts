/**
 * The one line a person reads for a relative threshold, e.g.
 * "canary +18.0 % (+14.2 to +22.1 %) against the baseline: a significant change
 * (p < 0.0001) beyond the tolerance (< +10.0 %)". Pure formatting of the
 * judgement: nothing here decides.
 */
import type { RelativeJudgement, RelativeThreshold } from './types.js';

/** Which row of the decision table applied (see `relative-judge.ts`). */
export type DecisionRule =
  | 'too-few'
  | 'within'
  | 'interval-beyond'
  | 'significant-beyond'
  | 'interval-in-band'
  | 'significant-in-band'
  | 'straddles';

function signed(text: string, v: number): string {
  return v > 0 ? `+${text}` : text;
}

/** The number alone and the unit that follows it ("%", "pp", "ms" or none). */
function formatter(
  j: Omit<RelativeJudgement, 'explanation'>,
  threshold: RelativeThreshold,
): { num: (v: number) => string; unit: string } {
  if (j.form === 'ratio') return { num: (v) => signed((v * 100).toFixed(1), v), unit: ' %' };
  if (threshold.data.kind === 'proportion')
    return { num: (v) => signed((v * 100).toFixed(2), v), unit: ' pp' };
  return {
    num: (v) => signed(String(Number(v.toPrecision(3))), v),
    unit: threshold.unit ? ` ${threshold.unit}` : '',
  };
}

function formatP(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${Number(p.toPrecision(2))}`;
}

function formatFactor(f: number): string {
  return f >= 10 ? f.toFixed(0) : f.toFixed(1);
}

export function explainJudgement(
  j: Omit<RelativeJudgement, 'explanation'>,
  rule: DecisionRule,
  threshold: RelativeThreshold,
  minimum = 0,
): string {
  const unitName = threshold.data.kind === 'proportion' ? 'requests' : 'intervals';
  if (rule === 'too-few') {
    return `too few ${unitName} to compare: canary ${j.canarySize}, baseline ${j.baselineSize} (at least ${minimum} each)`;
  }
  const { num, unit } = formatter(j, threshold);
  const f = (v: number): string => `${num(v)}${unit}`;
  const op = threshold.operator;
  const head = `canary ${f(j.estimate)} (${num(j.lower)} to ${f(j.upper)}) against the baseline`;
  const tolerance = `the tolerance (${op} ${f(j.tolerance)})`;
  const marginal = j.marginal === undefined ? tolerance : `the marginal bound (${op} ${f(j.marginal)})`;
  switch (rule) {
    case 'within':
      return `${head}: the whole ${Math.round(j.confidence * 100)} % interval is within ${tolerance}`;
    case 'interval-beyond':
      return `${head}: the whole interval is beyond ${marginal}`;
    case 'significant-beyond':
      return `${head}: a significant change (${formatP(j.pValue)}) beyond ${marginal}`;
    case 'interval-in-band':
      return `${head}: the whole interval is beyond ${tolerance}, not beyond ${marginal}`;
    case 'significant-in-band':
      return `${head}: a significant change (${formatP(j.pValue)}) beyond ${tolerance}, within ${marginal}`;
    case 'straddles': {
      const hint = j.runLength;
      if (!hint)
        return `${head}: the interval straddles ${tolerance}, and the estimate sits too close to it for a longer run to settle it`;
      const more = hint.additionalSeconds !== undefined ? ` (about ${hint.additionalSeconds} s more)` : '';
      return `${head}: the interval straddles ${tolerance}; a run about ${formatFactor(hint.lengthFactor)}× as long${more} would likely settle it`;
    }
  }
}
