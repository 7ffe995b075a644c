/**
 * Slack's Block Kit limits, and one function that makes any message fit them.
 *
 * Slack refuses a whole message (`invalid_blocks`) when one block breaks a limit, so a
 * long target URL or a hundred thresholds would lose the notification. The builders
 * shorten what they know to be long; `fitSlackMessage` is the guarantee behind them.
 * Lengths are counted in UTF-16 code units, which is never fewer than Slack's characters.
 */
import type { IncomingWebhookSendArguments } from '@slack/webhook';

export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** A header block's plain text. */
  headerText: 150,
  /** A section block's text. */
  sectionText: 3000,
  /** Fields in one section block. */
  fields: 10,
  /** One field's text. */
  fieldText: 2000,
  /** Elements in one context block. */
  contextElements: 10,
  /** One context element's text. */
  contextText: 3000,
  /** The notification text (fallback); Slack cuts at 40,000, phones show far less. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters, ending in `…` when cut. In mrkdwn the cut moves
 * back so that it never splits a link (`<url|label>`) or an entity (`&amp;`); it never
 * splits a surrogate pair.
 */
export function truncateSlackText(text: string, max: number, mrkdwn = true): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  // A low surrogate at the cut would leave half a character.
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut--;
  let head = text.slice(0, cut);
  if (mrkdwn) {
    const open = head.lastIndexOf('<');
    if (open > head.lastIndexOf('>')) head = head.slice(0, open);
    const amp = head.lastIndexOf('&');
    if (amp > head.lastIndexOf(';') && /^&[a-z#0-9]*$/i.test(head.slice(amp))) head = head.slice(0, amp);
  }
  return head + ELLIPSIS;
}

/** Escape the three characters Slack's mrkdwn treats as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `text` escaped for mrkdwn and at most `max` characters long once escaped, shortened
 * in the middle before escaping so that no entity is split (escaping can make a text
 * five times longer).
 */
export function escapeAndShorten(text: string, max: number): string {
  let room = max;
  let out = escapeSlack(shortenMiddle(text, room));
  while (out.length > max && room > 1) {
    room = Math.max(1, Math.min(room - 1, Math.floor((room * max) / out.length)));
    out = escapeSlack(shortenMiddle(text, room));
  }
  return out;
}

/** A long text shortened in the middle (`https://host/aaa…zzz`), for names whose both ends matter. */
export function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - ELLIPSIS.length;
  const head = Math.ceil(keep / 2);
  return `${text.slice(0, head)}${ELLIPSIS}${text.slice(text.length - (keep - head))}`;
}

interface TextObject {
  type: string;
  text: string;
  [key: string]: unknown;
}

type Block = Record<string, unknown> & { type: string };

function fitText(object: unknown, max: number): unknown {
  if (!object || typeof object !== 'object') return object;
  const text = object as TextObject;
  if (typeof text.text !== 'string') return object;
  return { ...text, text: truncateSlackText(text.text, max, text.type === 'mrkdwn') };
}

function fitBlock(block: Block): Block {
  switch (block.type) {
    case 'header':
      return { ...block, text: fitText(block.text, SLACK_LIMITS.headerText) };
    case 'section': {
      const out: Block = { ...block };
      if (block.text) out.text = fitText(block.text, SLACK_LIMITS.sectionText);
      if (Array.isArray(block.fields)) {
        out.fields = block.fields
          .slice(0, SLACK_LIMITS.fields)
          .map((field) => fitText(field, SLACK_LIMITS.fieldText));
      }
      return out;
    }
    case 'context':
      return Array.isArray(block.elements)
        ? {
            ...block,
            elements: block.elements
              .slice(0, SLACK_LIMITS.contextElements)
              .map((element) => fitText(element, SLACK_LIMITS.contextText)),
          }
        : block;
    default:
      return block;
  }
}

/**
 * The message within every limit above: texts cut, fields and context elements beyond
 * the limit left out, and past 50 blocks the last one kept says how many were left out.
 */
export function fitSlackMessage(message: IncomingWebhookSendArguments): IncomingWebhookSendArguments {
  const out: IncomingWebhookSendArguments = { ...message };
  if (typeof message.text === 'string') {
    out.text = truncateSlackText(message.text, SLACK_LIMITS.fallbackText);
  }
  if (message.blocks) {
    let blocks = (message.blocks as Block[]).map(fitBlock);
    if (blocks.length > SLACK_LIMITS.blocks) {
      const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
      const left = blocks.length - kept.length;
      blocks = [
        ...kept,
        { type: 'context', elements: [{ type: 'mrkdwn', text: `_${left} more blocks left out._` }] },
      ];
    }
    out.blocks = blocks as IncomingWebhookSendArguments['blocks'];
  }
  return out;
}
