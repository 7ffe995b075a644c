/**
 * A sharded gate on the bundled action (dist/index.js): four matrix legs (shard k/4)
 * upload their shard bundles to the artifact stand-in and post nothing; the merge job
 * (mode merge) lists and downloads them through the real @actions/artifact client,
 * judges once, and publishes once. Then the same merge with a leg's bundle gone.
 */
import { realpathSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startArtifactService, type ArtifactService } from './helpers/artifact-service.js';
import { annotations, runAction } from './helpers/run-action.js';
import { startSlackStandIn, type SlackStandIn } from './helpers/slack-standin.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

let target: TargetServer;
let artifacts: ArtifactService;
let slack: SlackStandIn;
let runnerTemp: string;

beforeAll(async () => {
  target = await startTargetServer({ '*': { delayMs: 1 } });
  artifacts = await startArtifactService();
  slack = await startSlackStandIn();
  runnerTemp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'loadgate-runner-temp-')));
});

afterAll(async () => {
  await Promise.all([target.close(), artifacts.close(), slack.close()]);
});

function job(extra: Record<string, string>) {
  return runAction({
    inputs: {
      'target-url': target.url,
      rate: '40',
      duration: '1s',
      workers: '1',
      thresholds: 'http_reqs: rate>1\nhttp_req_failed: rate<0.01',
      'slack-webhook-url': slack.url,
      'slack-notify-on': 'always',
      ...extra,
    },
    env: { ...artifacts.env, RUNNER_TEMP: runnerTemp },
    timeoutMs: 90_000,
  });
}

describe('a sharded gate on dist/index.js', () => {
  it('four legs upload their bundles and post nothing; the merge judges them once', async () => {
    const legs = await Promise.all([1, 2, 3, 4].map((k) => job({ shard: `${k}/4` })));
    for (const leg of legs) {
      expect(leg.exitCode, leg.stdout).toBe(0);
      expect(leg.outputs.verdict).toBe('shard');
      expect(leg.outputs.rollback).toBe('false');
      expect(leg.outputs['artifact-name']).toMatch(/^loadgate-shard-[0-9a-f]{12}-[1-4]-of-4$/);
    }
    const names = legs.map((leg) => leg.outputs['artifact-name']).sort();
    expect(names.map((name) => name!.slice(-6))).toEqual(['1-of-4', '2-of-4', '3-of-4', '4-of-4']);
    expect(new Set(names.map((name) => name!.slice(0, -7))).size).toBe(1);
    // A leg decides nothing: no Slack message, no report artifact.
    expect(slack.received).toHaveLength(0);
    expect(artifacts.artifacts.map((a) => a.name).sort()).toEqual(names);
    const legRequests = legs.reduce((sum, leg) => sum + Number(leg.outputs.requests), 0);
    expect(legRequests).toBe(target.stats.completed);

    const merge = await job({ mode: 'merge' });
    expect(merge.outputs.verdict, merge.stdout).not.toBe('error');
    expect(merge.outputs.requests).toBe(String(target.stats.completed));
    expect(merge.outputs.rollback).toBe(String(merge.outputs.verdict === 'fail'));
    expect(merge.stdout).toContain('Merged 4 of 4 shards');
    // Everything a run does, once: one report artifact, one Slack message, a job summary.
    const reports = artifacts.artifacts.filter((a) => a.name.startsWith('loadgate-report'));
    expect(reports).toHaveLength(1);
    expect(merge.outputs['artifact-name']).toBe(reports[0]!.name);
    expect(slack.received).toHaveLength(1);
    expect(merge.summary).toContain(String(target.stats.completed));
    // The downloads went through the service: a signed URL per bundle.
    const signed = artifacts.requests.filter((r) => r.path.endsWith('/GetSignedArtifactURL'));
    expect(signed).toHaveLength(4);

    // Leg 3's bundle gone: the merge is an error naming it, and judges nothing.
    const third = artifacts.artifacts.findIndex((a) => a.name.endsWith('-3-of-4'));
    artifacts.artifacts.splice(third, 1);
    const incomplete = await job({ mode: 'merge', 'report-dir': 'second-report' });
    expect(incomplete.exitCode).toBe(1);
    expect(incomplete.outputs.verdict).toBe('error');
    const errors = annotations(incomplete.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^shard 3\/4: missing/);
  }, 240_000);
});
