/**
 * False fails of the relative judge: two identical real servers, 20 short runs of
 * each, one after the other (baseline, then canary), judged as the gate judges them.
 * A few runs may be inconclusive (a short run on a loaded machine); at most one may
 * fail. Each run is 2.6 s: three per-second points on each side, the fewest the judge
 * takes.
 */
import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import { runLoad } from '../src/engine/index.js';
import { withComparisonReasons } from '../src/slo/baseline-comparison.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { ThresholdStatus } from '../src/slo/types.js';
import { startTargetServer } from './helpers/target-server.js';

const REPEATS = 20;

describe('identical servers, repeated short runs', () => {
  it(`fails at most one of ${REPEATS} comparisons`, async () => {
    const baselineServer = await startTargetServer({ '/a': { delayMs: 300 } });
    const canaryServer = await startTargetServer({ '/a': { delayMs: 300 } });
    try {
      const settings = (url: string) =>
        resolveSettings(
          rawInputs({ 'target-url': url, duration: '2600ms', vus: '30', endpoints: 'GET /a' }),
          {
            workspace: '/ws',
          },
        );
      const thresholds = [parseThreshold({ text: 'p95: baseline * 1.10', origin: 'test' })];
      const statuses: ThresholdStatus[] = [];
      const notes: string[] = [];
      for (let run = 0; run < REPEATS; run++) {
        const baseline = await runLoad(settings(baselineServer.url));
        const canary = await runLoad(settings(canaryServer.url));
        const evaluation = withComparisonReasons(
          evaluateThresholds(thresholds, canary, {
            baseline: { origin: { kind: 'results', label: `run ${run}` }, measurements: baseline },
          }),
        );
        const result = evaluation.results[0]!;
        expect(result.comparison!.judge!.canarySize).toBeGreaterThanOrEqual(3);
        statuses.push(result.status);
        notes.push(`${result.status}: ${result.note}`);
      }
      const count = (status: ThresholdStatus) => statuses.filter((s) => s === status).length;
      expect(count('fail'), notes.join('\n')).toBeLessThanOrEqual(1);
      expect(count('marginal')).toBe(0);
      // Identical servers pass often even on three seconds a side (13 of 20 with a load average of 4 on 2 cores).
      expect(count('pass'), notes.join('\n')).toBeGreaterThanOrEqual(8);
    } finally {
      await Promise.all([baselineServer.close(), canaryServer.close()]);
    }
  }, 240_000);
});
