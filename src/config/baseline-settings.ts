/**
 * Where the canary's baseline comes from and how it is judged. One source per run:
 * a live baseline loaded at the same time (`baseline-url`), an earlier run's
 * results.json (`baseline-results`), or the report artifact of the last successful run
 * (`baseline-artifact`).
 *
 * Each layer (inputs, an `environments:` block, the file's top level) names at most one
 * source; the highest layer that names one decides, so an environment can switch a
 * top-level artifact baseline to a live one (or off, with `baseline-artifact: false`).
 * Two sources in the same layer are refused: it would be a guess which one was meant.
 */
import fs from 'node:fs';

import { listOf, quote } from './describe.js';
import type { AddIssue } from './settings-error.js';
import { targetUrlProblem } from './target-url.js';
import { checkWorkspacePath } from './workspace-path.js';

/** The baseline source of a run. */
export type BaselineSourceSettings =
  /** A second deployment (the old build) that gets the same traffic at the same time. */
  | { kind: 'live'; url: string }
  /** An earlier run's results.json: `path` absolute and inside the workspace, `displayPath` as given. */
  | { kind: 'results'; path: string; displayPath: string }
  /** The report artifact of the last successful run of `workflow` (default: this one) on `branch` (default: the default branch). */
  | { kind: 'artifact'; workflow?: string; branch?: string; artifactName?: string };

export interface BaselineSettings {
  source: BaselineSourceSettings;
  /** When the baseline cannot be had: `fail` (relative thresholds have no data, so they fail) or `pass` (they pass, and the report says so). */
  missing: 'pass' | 'fail';
  /** Confidence level of the statistical judge's intervals, in (0.5, 0.999]; default 0.95. */
  confidence: number;
}

export const BASELINE_SOURCE_KEYS = ['baseline-url', 'baseline-results', 'baseline-artifact'] as const;
export type BaselineSourceKey = (typeof BASELINE_SOURCE_KEYS)[number];
export const BASELINE_MISSING = ['pass', 'fail'] as const;
export type BaselineMissing = (typeof BASELINE_MISSING)[number];

export const BASELINE_DEFAULTS = { missing: 'fail', confidence: 0.95 } as const;
export const CONFIDENCE_MIN_EXCLUSIVE = 0.5;
export const CONFIDENCE_MAX = 0.999;

/** A value as a layer gives it (text from an input; a typed value from the file) and where it came from. */
export interface GivenValue<T = unknown> {
  key: string;
  value: T;
  where: string;
}

const SOURCES_EXPECTED =
  'expected one baseline source per run: baseline-url (a live baseline), baseline-results (an earlier results.json) or baseline-artifact (the last successful run’s report)';

/**
 * The source one layer names: a source, `null` for "no baseline" (`baseline-artifact:
 * false`), or `undefined` when it is refused (the issue is reported).
 */
export function baselineSourceFrom(
  given: readonly GivenValue[],
  workspace: string,
  add: AddIssue,
): { source: BaselineSourceSettings | null } | undefined {
  const named = given.filter((entry) => !(entry.key === 'baseline-artifact' && isFalse(entry.value)));
  if (named.length > 1) {
    const [first, ...others] = named as [GivenValue, ...GivenValue[]];
    add(
      first.where,
      `got both ${listOf(
        named.map((entry) => entry.key),
        'and',
      )} (${others.map((entry) => entry.where).join(', ')}); ${SOURCES_EXPECTED}`,
    );
    return undefined;
  }
  const entry = named[0];
  if (!entry) return { source: null };
  const text = typeof entry.value === 'string' ? entry.value.trim() : entry.value;
  if (entry.key === 'baseline-url') {
    const problem = typeof text === 'string' ? targetUrlProblem(text) : `got ${quote(text)}; expected a URL`;
    if (problem) return void add(entry.where, problem);
    return { source: { kind: 'live', url: text as string } };
  }
  if (entry.key === 'baseline-results') {
    if (typeof text !== 'string' || text === '') {
      return void add(
        entry.where,
        `got ${quote(text)}; expected the path of a results.json inside the workspace`,
      );
    }
    const checked = checkWorkspacePath(
      text,
      entry.where,
      {
        workspace,
        expected: 'the path of a results.json inside the workspace, such as baseline/results.json',
      },
      add,
    );
    if (!checked) return undefined;
    if (isDirectory(checked.absolute)) {
      return void add(
        entry.where,
        `got ${quote(text)}; it is a directory; expected the path of a results.json file`,
      );
    }
    return { source: { kind: 'results', path: checked.absolute, displayPath: text } };
  }
  const artifact = artifactSourceFrom(text, entry.where, add);
  return artifact ? { source: artifact } : undefined;
}

function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && /^(?:false|False|FALSE)$/.test(value.trim()));
}

/** `WORKFLOW_FILE[@BRANCH]`: a workflow file name (or its path, or its numeric id), then a branch. */
const ARTIFACT_SPEC = /^(?:\.github\/workflows\/)?([A-Za-z0-9_.-]+\.ya?ml|\d+)(?:@(.+))?$/;
const ARTIFACT_EXPECTED =
  'expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml or deploy.yml@main';

function artifactSourceFrom(
  value: unknown,
  where: string,
  add: AddIssue,
): Extract<BaselineSourceSettings, { kind: 'artifact' }> | undefined {
  if (value === true || (typeof value === 'string' && /^(?:true|True|TRUE)$/.test(value))) {
    return { kind: 'artifact' };
  }
  const match = typeof value === 'string' ? ARTIFACT_SPEC.exec(value) : null;
  if (!match) return void add(where, `got ${quote(value)}; ${ARTIFACT_EXPECTED}`);
  const [, workflow, rawBranch] = match as unknown as [string, string, string | undefined];
  if (rawBranch === undefined) return { kind: 'artifact', workflow };
  const branch = rawBranch.replace(/^refs\/heads\//, '');
  if (!isBranchName(branch)) {
    return void add(
      where,
      `got ${quote(value)}: ${quote(rawBranch)} is not a branch name; ${ARTIFACT_EXPECTED}`,
    );
  }
  return { kind: 'artifact', workflow, branch };
}

/** Git's rules for a ref name, the parts a typo can break. */
function isBranchName(name: string): boolean {
  return (
    name !== '' &&
    // No spaces or control characters.
    ![...name].some((char) => char <= ' ' || char === '\x7f') &&
    !/[~^:?*[\\]/.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !/^[-/]|[/.]$|\.lock$|\/\//.test(name)
  );
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** `baseline-missing` from an input's text (the file's value is checked by its schema). */
export function baselineMissingFrom(text: string, where: string, add: AddIssue): BaselineMissing | undefined {
  if ((BASELINE_MISSING as readonly string[]).includes(text)) return text as BaselineMissing;
  return void add(
    where,
    `got ${quote(text)}; expected pass (a run without its baseline passes its relative thresholds, and says so) or fail (they fail: no data)`,
  );
}

/** `confidence`: 0.95 or 95 %, in (0.5, 0.999]. */
export function confidenceFrom(value: string | number, where: string, add: AddIssue): number | undefined {
  const text = String(value).trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const number = percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (number > CONFIDENCE_MIN_EXCLUSIVE && number <= CONFIDENCE_MAX) return number;
  return void add(
    where,
    `got ${quote(value)}; expected a confidence level above ${CONFIDENCE_MIN_EXCLUSIVE} and at most ${CONFIDENCE_MAX}, such as 0.95 or 95%`,
  );
}

/** The artifact's name, as `artifact-name` allows it (GitHub's rule). */
export function baselineArtifactNameFrom(text: string, where: string, add: AddIssue): string | undefined {
  if (text !== '' && !/[":<>|*?\r\n\\/]/.test(text)) return text;
  return void add(
    where,
    `got ${quote(text)}; expected the name of the report artifact, without any of " : < > | * ? \\ / or line breaks, such as loadgate-report-gate-production-1a2b3c4d`,
  );
}

/** The chosen values of every baseline key (each from the highest layer that gives it). */
export interface BaselineChoices {
  source?: { value: BaselineSourceSettings | null; where: string } | undefined;
  artifactName?: { value: string; where: string } | undefined;
  missing?: { value: BaselineMissing; where: string } | undefined;
  confidence?: { value: number; where: string } | undefined;
}

/**
 * The run's baseline settings, undefined when no source is named, or null when the
 * keys do not fit together (the issue is reported).
 */
export function combineBaseline(
  choices: BaselineChoices,
  targetUrl: string | undefined,
  add: AddIssue,
): BaselineSettings | undefined | null {
  const source = choices.source?.value ?? undefined;
  const name = choices.artifactName;
  if (name && source?.kind !== 'artifact') {
    add(
      name.where,
      `got baseline-artifact-name ${quote(name.value)} ${source ? `with the ${source.kind} baseline of ${choices.source!.where}` : 'without baseline-artifact'}; expected it only together with baseline-artifact`,
    );
    return null;
  }
  if (source?.kind === 'live' && targetUrl !== undefined && sameUrl(source.url, targetUrl)) {
    add(
      choices.source!.where,
      `got ${quote(source.url)}, the same URL as target-url; expected the URL of the baseline deployment (the build the canary replaces)`,
    );
    return null;
  }
  if (!source) return undefined;
  return {
    source: source.kind === 'artifact' && name ? { ...source, artifactName: name.value } : source,
    missing: choices.missing?.value ?? BASELINE_DEFAULTS.missing,
    confidence: choices.confidence?.value ?? BASELINE_DEFAULTS.confidence,
  };
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '');
  } catch {
    return false;
  }
}
