/** The action's inputs (action.yml), shared by the action and the CLI. */

export const INPUT_NAMES = [
  'target-url',
  'config',
  'environment',
  'duration',
  'vus',
  'ramp-up',
  'rate',
  'max-vus',
  'workers',
  'scenario',
  'endpoints',
  'thresholds',
  'headers',
  'timeout',
  'fail-on-breach',
  'auto-rollback',
  'report-dir',
  'upload-artifact',
  'artifact-name',
  'artifact-retention-days',
  'slack-webhook-url',
  'slack-notify-on',
  'pushgateway-url',
  'comment-on-pr',
  'check-run',
  'github-token',
  'baseline-url',
  'baseline-results',
  'baseline-artifact',
  'baseline-artifact-name',
  'baseline-missing',
  'confidence',
  'ca-file',
  'insecure-tls',
  'client-cert',
  'client-key',
  'tls-server-name',
  'resolve',
  'http2',
  'mode',
  'shard',
  'start-at',
  'k6-results',
  'prometheus-url',
  'prometheus-headers',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** Raw input values as `@actions/core.getInput` returns them: '' means not given. */
export type RawInputs = Record<InputName, string>;

/** A full `RawInputs` from the given ones (the rest ''). */
export function rawInputs(given: Partial<RawInputs> = {}): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, given[name] ?? ''])) as RawInputs;
}

/** Non-blank, non-comment lines of a multi-line input, with their 1-based line numbers. */
export function meaningfulLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}
