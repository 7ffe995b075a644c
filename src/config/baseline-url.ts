/**
 * The live baseline (`baseline-url`): a second deployment that gets the same traffic as
 * the canary at the same time (engine/executors/twin-targets.ts). Its URL follows the
 * rules of `target-url`, and two settings do not go with it.
 */
import type { BaselineSettings } from './baseline-settings.js';
import { targetUrlProblem } from './schema/config-schema.js';
import type { AddIssue } from './settings-error.js';
import type { Settings } from './settings.js';

/** What is wrong with a `baseline-url` value, or undefined: http or https, absolute, no credentials. */
export function baselineUrlProblem(text: string): string | undefined {
  return targetUrlProblem(text)?.replaceAll('canary.example.com', 'baseline.example.com');
}

/** The live baseline source of a valid `baseline-url`. */
export function liveBaselineSource(url: string): BaselineSettings['source'] {
  return { kind: 'live', url };
}

/**
 * Checks a live baseline against the rest of the settings:
 * - the breakpoint scenario stops at the first step where the canary breaks, so the
 *   baseline would have no step to compare with; it takes `baseline-results` instead;
 * - a baseline at the canary's own URL would compare the canary with itself.
 */
export function checkLiveBaseline(
  settings: Pick<Settings, 'baseline' | 'scenario' | 'targetUrl'>,
  where: string,
  addIssue: AddIssue,
): void {
  const source = settings.baseline?.source;
  if (source?.kind !== 'live') return;
  if (settings.scenario === 'breakpoint') {
    addIssue(
      where,
      'a live baseline does not run with the breakpoint scenario (the staircase stops where the canary breaks, so the baseline has no step to compare with); expected another scenario, or an earlier run as the baseline with baseline-results',
    );
  }
  if (sameDeployment(source.url, settings.targetUrl)) {
    addIssue(
      where,
      'got the target-url itself; expected the URL of another deployment (the old build, or production), or the canary would be compared with itself',
    );
  }
}

function sameDeployment(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (url: URL): string => url.pathname.replace(/\/+$/, '');
    return x.origin === y.origin && path(x) === path(y);
  } catch {
    return false;
  }
}
