import type { IncomingWebhookSendArguments } from '@slack/webhook';
import { describe, expect, it } from 'vitest';

import { buildSlackErrorMessage } from '../src/integrations/slack-error-message.js';
import {
  escapeAndShorten,
  fitSlackMessage,
  shortenMiddle,
  SLACK_LIMITS,
  truncateSlackText,
} from '../src/integrations/slack-limits.js';
import { buildSlackMessage } from '../src/integrations/slack.js';
import type { ThresholdResult, ThresholdStatus } from '../src/slo/types.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';

interface TextObject {
  type: string;
  text: string;
}
interface Block {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: TextObject[];
}

/** Every Block Kit limit the message could break, checked the way Slack checks them. */
function expectWithinLimits(message: IncomingWebhookSendArguments): void {
  const blocks = (message.blocks ?? []) as Block[];
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect((message.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of blocks) {
    if (block.type === 'header') {
      expect(block.text?.type).toBe('plain_text');
      expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    }
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fields);
      for (const field of block.fields ?? []) {
        expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      }
    }
    if (block.type === 'context') {
      expect(block.elements!.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const element of block.elements!) {
        expect(element.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
      }
    }
    // A cut never leaves half a link or half an entity behind.
    for (const text of [block.text, ...(block.fields ?? []), ...(block.elements ?? [])]) {
      if (!text || text.type !== 'mrkdwn') continue;
      expect(text.text.split('<').length, text.text.slice(0, 80)).toBe(text.text.split('>').length);
      expect(text.text).not.toMatch(/&[a-z]*(?![a-z;])/);
    }
  }
}

/** `count` results with long distinct sources, copies of the hostile one. */
function manyResults(count: number, status: ThresholdStatus, length: number): ThresholdResult[] {
  return Array.from({ length: count }, (_, i) => {
    const base = hostileResult(status);
    const source = `${i}:${'http_req_duration{endpoint:GET /a&b<c>}: p(95)<250, '.repeat(length / 50)}`;
    return { ...base, threshold: { ...base.threshold, source } };
  });
}

describe('truncateSlackText', () => {
  it('leaves short text alone and cuts long text to the limit with an ellipsis', () => {
    expect(truncateSlackText('short', 10)).toBe('short');
    const cut = truncateSlackText('x'.repeat(5000), 3000);
    expect(cut).toHaveLength(3000);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a link, an entity or a surrogate pair', () => {
    expect(truncateSlackText('see <https://example.com/a|the page> now', 20)).toBe('see …');
    expect(truncateSlackText('a &amp; b', 5)).toBe('a …');
    expect(truncateSlackText('ab😀cd', 4)).toBe('ab…');
    // Plain text has no markup: a `<` is just a character there.
    expect(truncateSlackText('a < b and more', 8, false)).toBe('a < b a…');
  });

  it('escapes and shortens to a length counted after escaping, splitting no entity', () => {
    const out = escapeAndShorten('<&>'.repeat(1000), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.replace(/&(?:amp|lt|gt);/g, '')).toBe('…');
    expect(escapeAndShorten('a < b', 100)).toBe('a &lt; b');
  });

  it('shortens in the middle, keeping both ends', () => {
    const url = `https://canary.example.com/${'a'.repeat(500)}/end`;
    const short = shortenMiddle(url, 100);
    expect(short).toHaveLength(100);
    expect(short.startsWith('https://canary.example.com/')).toBe(true);
    expect(short.endsWith('/end')).toBe(true);
  });
});

describe('fitSlackMessage', () => {
  it('brings an arbitrary oversize payload within every limit', () => {
    const long = (n: number): string => `*bold* <https://x.example/${'q'.repeat(40)}|link> &amp; `.repeat(n);
    const message: IncomingWebhookSendArguments = {
      text: long(500),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'H'.repeat(400) } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: long(200) },
          fields: Array.from({ length: 15 }, () => ({ type: 'mrkdwn', text: long(100) })),
        },
        { type: 'context', elements: Array.from({ length: 14 }, () => ({ type: 'mrkdwn', text: long(90) })) },
        ...Array.from({ length: 70 }, (_, i) => ({
          type: 'section',
          text: { type: 'mrkdwn', text: `block ${i}` },
        })),
      ],
    };
    const fitted = fitSlackMessage(message);
    expectWithinLimits(fitted);
    const blocks = fitted.blocks as Block[];
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)?.elements?.[0]?.text).toBe(`_${73 - 49} more blocks left out._`);
    expect(blocks[0]!.text!.text).toHaveLength(150);
  });
});

describe('buildSlackMessage in the worst case', () => {
  it('stays within the limits with a 10,000-character URL, a long environment and 300 long thresholds', () => {
    const ctx = buildReportFixture({
      environment: `prod-${'e'.repeat(1000)}`,
      runUrl: `https://github.com/acme/shop/actions/runs/1?${'r'.repeat(3000)}`,
      extraResults: [...manyResults(200, 'fail', 4000), ...manyResults(100, 'marginal', 4000)],
    });
    ctx.settings.targetUrl = `https://canary.shop.example.com/${'p'.repeat(10_000)}?q=<x>&y=1`;
    ctx.evaluation.verdict = 'fail';
    const message = buildSlackMessage(ctx, { artifactUrl: `https://a.example/${'z'.repeat(5000)}` });
    expectWithinLimits(message);
    const text = JSON.stringify(message);
    expect(text).toContain('…and 191 more'); // 201 failed in all: ten listed
    expect(text).toContain('…and 91 more'); // 101 marginal in all
    // The long target is shown shortened, both ends kept, not linked.
    const headline = (message.blocks as Block[])[1]!.text!.text;
    expect(headline).toContain('https://canary.shop.example.com/ppp');
    expect(headline).toContain('?q=&lt;x&gt;&amp;y=1:');
    expect(headline).not.toContain('<https://');
  });

  it('stays within the limits for the error message with a hundred long problems', () => {
    const message = buildSlackErrorMessage({
      issues: Array.from({ length: 100 }, (_, i) => ({
        where: `.github/loadgate.yml:${i + 1}:3 (thresholds[${i}])`,
        message: `got "${'<&>'.repeat(2000)}"; expected a threshold such as p(95)<250`,
      })),
      target: `https://canary.example.com/${'t'.repeat(8000)}`,
      environment: 'x'.repeat(500),
      runUrl: 'https://github.com/acme/shop/actions/runs/9',
      toolVersion: '0.1.0',
      generatedAt: '2024-06-11T09:30:00.000Z',
    });
    expectWithinLimits(message);
    expect(JSON.stringify(message)).toContain('…and 90 more (see the log)');
  });
});
