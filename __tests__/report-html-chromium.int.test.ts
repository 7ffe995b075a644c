/**
 * report.html as a person sees it: a real short run against a local server (three
 * endpoints, one with a long name, one answering 500 now and then; a marginal band on
 * p95), its report.html opened in headless Chromium at 1300 px and at 600 px. At both
 * widths the page body does not overflow sideways, every table is on screen, and no
 * threshold wraps inside a word. The screenshots go to REPORT_SCREENSHOT_DIR when it is
 * set (docs/images holds the committed ones), else to a temporary folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import { runGate, type GateOutcome } from '../src/gate.js';
import { launchHeadlessChromium, pngSize, type HeadlessPage } from './helpers/headless-chromium.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const LONG_ENDPOINT = 'GET /api/v1/catalogue/products/search';
const THRESHOLDS = [
  'http_req_duration: p(95)<10 marginal 40',
  `http_req_duration{endpoint:${LONG_ENDPOINT}}: p(99)<400`,
  'http_req_failed: rate<0.01',
  'http_reqs: rate>20',
];

/** What the page says about its own layout, measured in the page. */
interface Layout {
  viewport: number;
  bodyOverflow: number;
  tables: Array<{ width: number; height: number; left: number; right: number; shown: boolean }>;
  thresholds: Array<{ text: string; lines: number; breaks: Array<[string, string]> }>;
}

/** Runs in the page: sizes, and for each threshold where its lines break (the characters either side). */
const MEASURE = `(() => {
  const viewport = document.documentElement.clientWidth;
  const bodyOverflow = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - viewport;
  const tables = [...document.querySelectorAll('table')].map((table) => {
    const frame = (table.closest('.table-wrap') ?? table).getBoundingClientRect();
    const box = table.getBoundingClientRect();
    const style = getComputedStyle(table);
    return {
      width: box.width,
      height: box.height,
      left: frame.left,
      right: frame.right,
      shown: style.display !== 'none' && style.visibility !== 'hidden' && table.getClientRects().length > 0,
    };
  });
  const thresholds = [...document.querySelectorAll('code.threshold')].map((code) => {
    const chars = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        // A space where a line ends has no width: it is kept, without a position.
        chars.push([node.data[i], rect ? rect.top : null]);
      }
    }
    const breaks = [];
    let last;
    chars.forEach(([char, top], i) => {
      if (top === null) return;
      if (last !== undefined && top > chars[last][1] + 2) breaks.push([chars[i - 1][0], char]);
      last = i;
    });
    const lines = new Set(chars.filter(([, top]) => top !== null).map(([, top]) => Math.round(top))).size;
    return { text: code.textContent, lines, breaks };
  });
  return { viewport, bodyOverflow, tables, thresholds };
})()`;

/** A line may end after a space or after `{ , : /`, or just before the comparison. */
function sensibleBreak([before, after]: [string, string]): boolean {
  return /[\s{,:/]/.test(before) || /[<>=!]/.test(after);
}

let target: TargetServer;
let outcome: GateOutcome;
let page: HeadlessPage;
const shots = process.env.REPORT_SCREENSHOT_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'loadgate-screens-'));

beforeAll(async () => {
  target = await startTargetServer({
    '/api/v1/catalogue/products/search': { delayMs: 12 },
    // One answer in ten a 500: the error chart and the error tables have something to show.
    '/api/orders': [
      { weight: 9, delayMs: 6 },
      { weight: 1, status: 500, delayMs: 6 },
    ],
    '/health': { delayMs: 5 },
  });
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-html-'));
  const settings = resolveSettings(
    rawInputs({
      'target-url': target.url,
      duration: '4s',
      vus: '6',
      endpoints: [LONG_ENDPOINT, 'GET /api/orders', 'GET /health'].join('\n'),
      thresholds: THRESHOLDS.join('\n'),
      'report-dir': path.join(workspace, 'report'),
    }),
    { workspace },
  );
  outcome = await runGate(settings);
  page = await launchHeadlessChromium();
}, 90_000);

afterAll(async () => {
  await page?.close();
  await target?.close();
});

function reportHtml(): string {
  const file = outcome.bundleFiles.find((f) => path.basename(f) === 'report.html');
  if (!file) throw new Error(`no report.html among ${outcome.bundleFiles.join(', ')}`);
  return file;
}

describe.each([1300, 600])('report.html of a real run in headless Chromium at %i px', (width) => {
  let layout: Layout;

  beforeAll(async () => {
    await page.open(reportHtml(), width);
    layout = await page.evaluate<Layout>(MEASURE);
    const png = await page.screenshot();
    mkdirSync(shots, { recursive: true });
    writeFileSync(path.join(shots, `report-${width}.png`), png);
    expect(pngSize(png).width).toBe(width);
    expect(pngSize(png).height).toBeGreaterThan(900);
  }, 60_000);

  it('has a run to show: requests, errors on one endpoint, every threshold judged', () => {
    const { overall } = outcome.measurements;
    expect(overall.requests).toBeGreaterThan(100);
    expect(overall.failed).toBeGreaterThan(0);
    expect(outcome.evaluation.results).toHaveLength(THRESHOLDS.length);
  });

  it('does not overflow the page body sideways', () => {
    expect(layout.viewport).toBe(width);
    expect(layout.bodyOverflow).toBeLessThanOrEqual(0);
  });

  it('shows every table, each framed within the window', () => {
    // SLOs, endpoints, error classes, failing statuses, run settings at least.
    expect(layout.tables.length).toBeGreaterThanOrEqual(5);
    for (const table of layout.tables) {
      expect(table.shown).toBe(true);
      expect(table.width).toBeGreaterThan(0);
      expect(table.height).toBeGreaterThan(0);
      expect(table.left).toBeGreaterThanOrEqual(0);
      expect(table.right).toBeLessThanOrEqual(width);
    }
  });

  it('wraps thresholds only at sensible places, never inside a word', () => {
    expect(layout.thresholds.map((t) => t.text)).toEqual(THRESHOLDS);
    for (const threshold of layout.thresholds) {
      const bad = threshold.breaks.filter((b) => !sensibleBreak(b));
      expect(bad, `${threshold.text} breaks inside a word`).toEqual([]);
      expect(threshold.breaks).toHaveLength(threshold.lines - 1);
    }
  });
});

describe('the long threshold at 600 px', () => {
  it('does wrap (so the check above had a break to judge), at a sensible place', async () => {
    await page.open(reportHtml(), 600);
    const layout = await page.evaluate<Layout>(MEASURE);
    const long = layout.thresholds.find((t) => t.text.includes(LONG_ENDPOINT));
    expect(long?.lines).toBeGreaterThan(1);
    expect(long?.breaks.every(sensibleBreak)).toBe(true);
  });
});
