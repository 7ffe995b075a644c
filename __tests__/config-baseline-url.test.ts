import { describe, expect, it } from 'vitest';

import { baselineUrlProblem, checkLiveBaseline, liveBaselineSource } from '../src/config/baseline-url.js';
import type { Settings } from '../src/config/settings.js';

function issues(settings: Pick<Settings, 'baseline' | 'scenario' | 'targetUrl'>): string[] {
  const found: string[] = [];
  checkLiveBaseline(settings, "input 'baseline-url'", (where, message) => found.push(`${where}: ${message}`));
  return found;
}

const live = (url: string): Settings['baseline'] => ({
  source: liveBaselineSource(url),
  missing: 'fail',
  confidence: 0.95,
});

describe('baseline-url', () => {
  it('takes an http or https URL without credentials', () => {
    expect(baselineUrlProblem('https://old.example.com')).toBeUndefined();
    expect(baselineUrlProblem('old.example.com')).toMatch(
      /got "old.example.com"; expected an absolute http or https URL such as https:\/\/baseline.example.com/,
    );
    expect(baselineUrlProblem('ftp://old.example.com')).toMatch(/the scheme is ftp/);
    const withSecret = baselineUrlProblem('https://ops:hunter2@old.example.com') ?? '';
    expect(withSecret).toMatch(/credentials must not be part of the URL/);
    expect(withSecret).not.toMatch(/hunter2/);
  });

  it('refuses the breakpoint scenario and the canary itself, naming the input', () => {
    expect(
      issues({ targetUrl: 'https://canary.example.com', baseline: live('https://old.example.com') }),
    ).toEqual([]);
    expect(
      issues({
        targetUrl: 'https://canary.example.com',
        scenario: 'breakpoint',
        baseline: live('https://old.example.com'),
      }),
    ).toEqual([
      expect.stringMatching(
        /^input 'baseline-url': a live baseline does not run with the breakpoint scenario .*baseline-results/,
      ),
    ]);
    expect(
      issues({ targetUrl: 'https://canary.example.com/', baseline: live('https://canary.example.com') }),
    ).toEqual([expect.stringMatching(/^input 'baseline-url': got the target-url itself/)]);
    // Another base path on the same host is another deployment.
    expect(
      issues({ targetUrl: 'https://apps.example.com/new', baseline: live('https://apps.example.com/old') }),
    ).toEqual([]);
    expect(issues({ targetUrl: 'https://canary.example.com', scenario: 'breakpoint' })).toEqual([]);
  });
});
