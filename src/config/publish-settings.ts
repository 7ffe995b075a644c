/**
 * Where the verdict goes besides the job summary: the artifact, Slack, a Prometheus
 * Pushgateway, a sticky PR comment and a check run. The non-secret keys come from an
 * input or the config file (PUBLISH_FILE_KEYS); the webhook URL and the token are
 * secrets, which do not belong in a file in the repository: inputs (or the CLI's
 * environment) only, and the file refuses them (schema/publish-schema.ts).
 */
import { quote } from './describe.js';
import { actionInputLabel, type InputLabel } from './input-label.js';
import type { InputName, RawInputs } from './inputs.js';
import type { SettingsIssue } from './settings-error.js';

export const SLACK_NOTIFY_ON = ['failure', 'marginal', 'always', 'never'] as const;
export type SlackNotifyOn = (typeof SLACK_NOTIFY_ON)[number];

export interface PublishSettings {
  /** Upload the report bundle as a workflow artifact. */
  uploadArtifact: boolean;
  /** Base artifact name; made unique per job so matrix legs do not collide. */
  artifactName: string;
  /** Days to keep the artifact; the repository default when unset. */
  artifactRetentionDays?: number;
  /** Incoming webhook URL (secret). No Slack message without it. */
  slackWebhookUrl?: string;
  /** Which verdicts notify: failure (fail, error, inconclusive), marginal (and failure), always, never. */
  slackNotifyOn: SlackNotifyOn;
  /** Pushgateway base URL. No push without it. */
  pushgatewayUrl?: string;
  /** Create or update one sticky comment on the pull request (pull_request events only). */
  commentOnPr: boolean;
  /** Create or update the gate's own check run on the commit (needs the token and `checks: write`). */
  checkRun: boolean;
  /** Token for the PR comment and the check run (secret). */
  githubToken?: string;
}

export const PUBLISH_DEFAULTS = {
  uploadArtifact: true,
  artifactName: 'loadgate-report',
  slackNotifyOn: 'failure',
  commentOnPr: true,
  checkRun: true,
} as const;

/** Artifact names may not contain these (GitHub's rule). */
export const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
export const ARTIFACT_NAME_EXPECTED = 'a name without any of " : < > | * ? \\ / or line breaks';

/** The publishing keys the config file may hold: none of them is a secret. */
export const PUBLISH_FILE_KEYS = [
  'upload-artifact',
  'artifact-name',
  'artifact-retention-days',
  'slack-notify-on',
  'pushgateway-url',
  'comment-on-pr',
  'check-run',
] as const satisfies readonly InputName[];

/** Inputs whose values are secrets: never read from the config file. */
export const SECRET_INPUTS = ['slack-webhook-url', 'github-token'] as const satisfies readonly InputName[];

/** The CLI's environment variable for a secret input: `LOADGATE_SLACK_WEBHOOK_URL`. */
export function secretEnvName(name: InputName): string {
  return `LOADGATE_${name.toUpperCase().replace(/-/g, '_')}`;
}

/** The publishing values the config file gave (already checked by its schema), highest layer first. */
export interface PublishFileValues {
  'upload-artifact'?: boolean;
  'artifact-name'?: string;
  'artifact-retention-days'?: number;
  'slack-notify-on'?: SlackNotifyOn;
  'pushgateway-url'?: string;
  'comment-on-pr'?: boolean;
  'check-run'?: boolean;
}

/** The publishing settings when no input asks for anything: upload and comment, nothing else. */
export function defaultPublishSettings(): PublishSettings {
  return { ...PUBLISH_DEFAULTS };
}

export function httpUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'expected an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `expected an http or https URL (the scheme is ${url.protocol.slice(0, -1)})`;
  return undefined;
}

export function resolvePublishSettings(
  given: (name: keyof RawInputs) => string | undefined,
  issues: SettingsIssue[],
  label: InputLabel = actionInputLabel,
  file: PublishFileValues = {},
): PublishSettings {
  const add = (name: InputName, message: string): void => void issues.push({ where: label(name), message });
  const boolean = (name: 'upload-artifact' | 'comment-on-pr' | 'check-run', fallback: boolean): boolean => {
    const text = given(name);
    if (text === undefined) return file[name] ?? fallback;
    if (/^(?:true|True|TRUE)$/.test(text)) return true;
    if (/^(?:false|False|FALSE)$/.test(text)) return false;
    add(name, `got ${quote(text)}; expected true or false`);
    return fallback;
  };

  const publish: PublishSettings = {
    uploadArtifact: boolean('upload-artifact', PUBLISH_DEFAULTS.uploadArtifact),
    artifactName: file['artifact-name'] ?? PUBLISH_DEFAULTS.artifactName,
    slackNotifyOn: file['slack-notify-on'] ?? PUBLISH_DEFAULTS.slackNotifyOn,
    ...(file['artifact-retention-days'] !== undefined
      ? { artifactRetentionDays: file['artifact-retention-days'] }
      : {}),
    ...(file['pushgateway-url'] !== undefined
      ? { pushgatewayUrl: file['pushgateway-url'].replace(/\/+$/, '') }
      : {}),
    commentOnPr: boolean('comment-on-pr', PUBLISH_DEFAULTS.commentOnPr),
    checkRun: boolean('check-run', PUBLISH_DEFAULTS.checkRun),
  };

  const name = given('artifact-name');
  if (name !== undefined) {
    if (ARTIFACT_NAME_FORBIDDEN.test(name)) {
      add('artifact-name', `got ${quote(name)}; expected ${ARTIFACT_NAME_EXPECTED}`);
    } else publish.artifactName = name;
  }

  const retention = given('artifact-retention-days');
  if (retention !== undefined) {
    if (/^\d+$/.test(retention) && Number(retention) >= 1 && Number(retention) <= 90) {
      publish.artifactRetentionDays = Number(retention);
    } else
      add('artifact-retention-days', `got ${quote(retention)}; expected a whole number of days from 1 to 90`);
  }

  const webhook = given('slack-webhook-url');
  if (webhook !== undefined) {
    // The URL is a secret: say what is wrong without repeating it.
    const problem = httpUrlProblem(webhook);
    if (problem)
      add(
        'slack-webhook-url',
        `the value (not shown, it is a secret) is not usable: ${problem}, such as https://hooks.slack.com/services/…`,
      );
    else publish.slackWebhookUrl = webhook;
  }

  const notifyOn = given('slack-notify-on');
  if (notifyOn !== undefined) {
    if ((SLACK_NOTIFY_ON as readonly string[]).includes(notifyOn))
      publish.slackNotifyOn = notifyOn as SlackNotifyOn;
    else add('slack-notify-on', `got ${quote(notifyOn)}; expected one of ${SLACK_NOTIFY_ON.join(', ')}`);
  }

  const pushgateway = given('pushgateway-url');
  if (pushgateway !== undefined) {
    const problem = httpUrlProblem(pushgateway);
    if (problem)
      add('pushgateway-url', `got ${quote(pushgateway)}; ${problem}, such as http://pushgateway:9091`);
    else publish.pushgatewayUrl = pushgateway.replace(/\/+$/, '');
  }

  const token = given('github-token');
  // Outside a runner (@github/local-action) the action.yml default arrives unexpanded: no token.
  if (token !== undefined && !/^\$\{\{[^}]*\}\}$/.test(token.trim())) publish.githubToken = token;
  return publish;
}
