/**
 * The Slack message for an `error` verdict: the settings were refused, so no load ran
 * and there are no figures. It lists the problems as the log shows them (their texts
 * never quote a secret), and says that nothing was sent to the target.
 */
import type { IncomingWebhookSendArguments } from '@slack/webhook';

import type { SettingsIssue } from '../config/settings-error.js';
import { slackFooter, slackTargetLink } from './slack.js';
import { escapeAndShorten, fitSlackMessage, shortenMiddle } from './slack-limits.js';

const MAX_LISTED = 10;
const MAX_ITEM_LENGTH = 280;

export interface SlackErrorContext {
  issues: readonly SettingsIssue[];
  /** The `target-url` input when it is a URL (credentials removed). */
  target?: string;
  environment?: string;
  runUrl?: string;
  toolVersion: string;
  generatedAt: string;
}

export function buildSlackErrorMessage(context: SlackErrorContext): IncomingWebhookSendArguments {
  const { issues, target, environment } = context;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const where = target ? ` for ${slackTargetLink(target)}` : '';
  const listed = issues
    .slice(0, MAX_LISTED)
    .map((issue) => `• ${escapeAndShorten(`${issue.where}: ${issue.message}`, MAX_ITEM_LENGTH)}`);
  if (issues.length > MAX_LISTED) listed.push(`…and ${issues.length - MAX_LISTED} more (see the log)`);

  const blocks: NonNullable<IncomingWebhookSendArguments['blocks']> = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: `ERROR: performance gate${environment ? ` (${environment})` : ''}`,
        emoji: true,
      },
    },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `:x: *ERROR*${where}: the gate could not run, ${count} in its settings. No request was sent to the target and no rollback is signalled.`,
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*Settings problems*\n${listed.join('\n')}` } },
    slackFooter(context.runUrl ? [[context.runUrl, 'Workflow run']] : [], [
      `loadgate ${context.toolVersion}`,
      context.generatedAt,
    ]),
  ];
  const fallback = `loadgate ERROR${target ? ` for ${shortenMiddle(target, 200)}` : ''}${environment ? ` (${environment})` : ''}: ${count} in the settings, no load sent`;
  return fitSlackMessage({ text: fallback, blocks });
}
