/**
 * Matrix shards in-process: four legs at 1/4 each against one counting server, their
 * bundles merged (sources/shards/) and judged once by the gate; the set checks (a
 * missing, duplicate or mismatched shard named); and `loadgate merge` on disk.
 * Counts are exact; no timing is asserted (the machine may be busy: a verdict can be
 * inconclusive when the generator lags, so only `error` is ruled out).
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { loadBaseline } from '../src/baseline/load-baseline.js';
import { runCli } from '../src/cli/commands.js';
import { rawInputs, resolveSettings, SettingsError, type RawInputs } from '../src/config/index.js';
import { runGate } from '../src/gate.js';
import { gateOutputs } from '../src/gate-outputs.js';
import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import { readMeasurementSource } from '../src/sources/read-measurement-source.js';
import { targetPerTest } from './helpers/target-server.js';

const target = targetPerTest();

/** 120 req/s for 1 s, open model: arrival i goes to leg i % 4, so each leg sends 30. */
const RATE = 120;
const THRESHOLDS = 'http_reqs: rate>1\nhttp_req_failed: rate<0.01\nhttp_req_duration: p(95)<5000';

function plan(url: string, workspace: string, extra: Partial<RawInputs> = {}): Partial<RawInputs> {
  return {
    'target-url': url,
    rate: String(RATE),
    duration: '1s',
    // One thread per leg: each leg stands for a runner of its own.
    workers: '1',
    thresholds: THRESHOLDS,
    'report-dir': path.join(workspace, 'merged'),
    ...extra,
  };
}

function settingsOf(inputs: Partial<RawInputs>, workspace: string) {
  return resolveSettings(rawInputs(inputs), { workspace });
}

/** Runs leg k/4 of the plan; its bundle is `<workspace>/leg-k/results.json`. */
async function runLeg(url: string, workspace: string, k: number, extra: Partial<RawInputs> = {}) {
  const settings = settingsOf(
    plan(url, workspace, { shard: `${k}/4`, 'report-dir': path.join(workspace, `leg-${k}`), ...extra }),
    workspace,
  );
  return runGate(settings, { runId: '777' });
}

function freshWorkspace(): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), 'loadgate-shards-')));
}

function issuesOf(error: unknown): { where: string; message: string }[] {
  expect(error).toBeInstanceOf(SettingsError);
  return (error as SettingsError).issues;
}

afterEach(() => vi.restoreAllMocks());

describe('four legs at 1/4 each, merged', () => {
  it('add up to the server’s own count, with the HDR sum of their histograms, judged once', async () => {
    const t = await target({ '*': { delayMs: 2 } });
    const workspace = freshWorkspace();
    const legs = await Promise.all([1, 2, 3, 4].map((k) => runLeg(t.url, workspace, k)));

    // Each leg ran its quarter of the schedule and says it decided nothing.
    expect(legs.map((leg) => leg.measurements.arrival?.scheduled)).toEqual([30, 30, 30, 30]);
    for (const leg of legs) expect(gateOutputs(leg).verdict).toBe('shard');
    const fingerprints = new Set(legs.map((leg) => leg.shard?.fingerprint));
    expect(fingerprints.size).toBe(1);

    const mergeSettings = settingsOf({ ...plan(t.url, workspace), mode: 'merge' }, workspace);
    const measured = await readMeasurementSource(
      [1, 2, 3, 4].map((k) => path.join(workspace, `leg-${k}`)),
      mergeSettings,
      { workspace, strict: true, runId: '777' },
    );
    const merged = measured.measurements;
    const legRequests = legs.map((leg) => leg.measurements.overall.requests);
    expect(merged.overall.requests).toBe(legRequests.reduce((a, b) => a + b, 0));
    expect(merged.overall.requests).toBe(t.stats.completed);
    expect(merged.arrival?.scheduled).toBe(RATE);
    expect(merged.arrival!.sent + merged.arrival!.dropped).toBe(RATE);

    // The bundles as written (read back from disk), added with HDR's own addition.
    const bundles = [1, 2, 3, 4].map(
      (k) =>
        JSON.parse(readFileSync(path.join(workspace, `leg-${k}`, 'results.json'), 'utf8')) as {
          measurements: { overall: { histogram: string } };
          shard: { k: number; n: number };
        },
    );
    expect(bundles.map((b) => [b.shard.k, b.shard.n])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    const sum = new LatencyHistogram();
    for (const b of bundles) sum.add(LatencyHistogram.decode(b.measurements.overall.histogram));
    expect(merged.overall.histogram).toBe(sum.encode());
    expect(LatencyHistogram.decode(merged.overall.histogram).count).toBe(t.stats.completed);

    // One verdict on the whole: the rate threshold sees the summed throughput.
    const outcome = await runGate(mergeSettings, { measured });
    const rate = outcome.evaluation.results.find((r) => r.threshold.source === 'http_reqs: rate>1')!;
    expect(rate.actual).toBeCloseTo(t.stats.completed / (merged.durationMs / 1000), 1);
    expect(outcome.evaluation.verdict).not.toBe('error');
    expect(gateOutputs(outcome).requests).toBe(String(t.stats.completed));
    const written = JSON.parse(readFileSync(outcome.resultsPath, 'utf8')) as {
      mergedFrom: { shard: string; requests: number }[];
    };
    expect(written.mergedFrom.map((p) => p.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(written.mergedFrom.map((p) => p.requests)).toEqual(legRequests);
    // The reports say which is which: a leg's decides nothing, the merged one lists the legs.
    expect(legs[1]!.markdown).toContain('This is shard 2 of 4');
    expect(outcome.markdown).toContain('Merged from 4 legs');
    for (const part of measured.mergedFrom!) expect(outcome.markdown).toContain(`| ${part.shard} |`);

    // A merged run carries a baseline too: here the merged run just written, as an earlier results.json.
    const withBaseline = settingsOf(
      {
        ...plan(t.url, workspace, { 'report-dir': path.join(workspace, 'merged-again') }),
        mode: 'merge',
        'baseline-results': 'merged/results.json',
      },
      workspace,
    );
    const baseline = await loadBaseline(withBaseline);
    expect(baseline && 'measurements' in baseline ? baseline.measurements.overall.requests : 0).toBe(
      t.stats.completed,
    );
    const compared = await runGate(withBaseline, { measured, ...(baseline ? { baseline } : {}) });
    expect(compared.report.baseline && 'measurements' in compared.report.baseline).toBe(true);
  });
});

describe('the set of shards', () => {
  it('names a missing shard, a duplicate one and one of another plan', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const workspace = freshWorkspace();
    await Promise.all([1, 2, 3].map((k) => runLeg(t.url, workspace, k)));
    // Leg 4 ran with other thresholds than the merge judges.
    await runLeg(t.url, workspace, 4, { thresholds: 'http_req_failed: rate<0.05' });
    const mergeSettings = settingsOf({ ...plan(t.url, workspace), mode: 'merge' }, workspace);
    const dir = (k: number): string => path.join(workspace, `leg-${k}`);

    const missing = await readMeasurementSource([dir(1), dir(2), dir(3)], mergeSettings, {
      workspace,
      strict: true,
    }).catch((error: unknown) => error);
    const missingIssues = issuesOf(missing);
    expect(missingIssues).toHaveLength(1);
    expect(missingIssues[0]!.where).toBe('shard 4/4');
    expect(missingIssues[0]!.message).toMatch(/^missing/);

    // Named one by one, the leg of another plan is refused and says how it differs.
    const mismatched = await readMeasurementSource([dir(1), dir(2), dir(3), dir(4)], mergeSettings, {
      workspace,
      strict: true,
    }).catch((error: unknown) => error);
    const mismatchedIssues = issuesOf(mismatched);
    expect(mismatchedIssues.map((i) => i.where)).toEqual([path.join('leg-4', 'results.json'), 'shard 4/4']);
    expect(mismatchedIssues[0]!.message).toContain('differs in thresholds');

    // Among a workflow run's artifacts, it is set aside, and named where leg 4 is missing.
    const lenient = await readMeasurementSource([dir(1), dir(2), dir(3), dir(4)], mergeSettings, {
      workspace,
      strict: false,
    }).catch((error: unknown) => error);
    const lenientIssues = issuesOf(lenient);
    expect(lenientIssues.map((i) => i.where)).toEqual(['shard 4/4']);
    expect(lenientIssues[0]!.message).toContain('leg-4');
    expect(lenientIssues[0]!.message).toContain('differs in thresholds');

    cpSync(dir(1), path.join(workspace, 'copy-of-leg-1'), { recursive: true });
    const duplicate = await readMeasurementSource(
      [dir(1), path.join(workspace, 'copy-of-leg-1'), dir(2), dir(3)],
      mergeSettings,
      { workspace, strict: true },
    ).catch((error: unknown) => error);
    const duplicateIssues = issuesOf(duplicate);
    expect(duplicateIssues.map((i) => i.where)).toEqual(['shard 1/4', 'shard 4/4']);
    expect(duplicateIssues[0]!.message).toContain('found 2 bundles');
  });
});

describe('loadgate merge on disk', () => {
  it('merges the legs’ directories and judges them once; a missing leg exits 1 naming it', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const workspace = freshWorkspace();
    await Promise.all([1, 2, 3, 4].map((k) => runLeg(t.url, workspace, k)));
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
    const flags = [
      '--target-url',
      t.url,
      '--rate',
      String(RATE),
      '--duration',
      '1s',
      '--workers',
      '1',
      '--thresholds',
      THRESHOLDS,
      '--report-dir',
      path.join(workspace, 'merged'),
    ];
    const dirs = [1, 2, 3, 4].map((k) => path.join(workspace, `leg-${k}`));
    const code = await runCli(['merge', ...dirs, ...flags]);
    const results = JSON.parse(readFileSync(path.join(workspace, 'merged', 'results.json'), 'utf8')) as {
      verdict: string;
      measurements: { overall: { requests: number } };
    };
    expect(results.verdict).not.toBe('error');
    expect(code).toBe(results.verdict === 'pass' || results.verdict === 'marginal' ? 0 : 1);
    expect(results.measurements.overall.requests).toBe(t.stats.completed);
    expect(err.join('\n')).toContain('Merged 4 of 4 shards');

    err.length = 0;
    expect(await runCli(['merge', ...dirs.slice(0, 3), ...flags])).toBe(1);
    expect(err.join('\n')).toMatch(/error: shard 4\/4: missing/);
  });
});
