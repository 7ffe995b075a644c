/**
 * Whether the bundles found are one whole plan: every leg 1…n of the plan the merge
 * judges (the same fingerprint: target, load shape, endpoints, thresholds, timeout,
 * data), each once, all of one workflow run. Each problem names the shard or the bundle
 * and says what is wrong; the merge gives `error` and judges nothing.
 *
 * A workflow run may hold the bundles of several sharded gates (staging and production):
 * bundles of another plan are set aside unless they stand where a leg of this plan is
 * missing, or the bundles were named one by one (the CLI), when each must belong.
 */
import type { SettingsIssue } from '../../config/settings-error.js';
import {
  planDifferences,
  planFingerprint,
  SHORT_FINGERPRINT_LENGTH,
  type PlanIdentity,
} from '../../report/plan-identity.js';
import type { ShardBundle } from './read-shard-bundle.js';

export interface ExpectedPlan {
  plan: PlanIdentity;
  /** The merge job's workflow run, when known: every bundle must be of it. */
  runId?: string;
  /** Every bundle given must belong to the plan (files named one by one). */
  strict: boolean;
}

export type ShardSetCheck = { set: ShardBundle[]; setAside: ShardBundle[] } | { issues: SettingsIssue[] };

export function checkShardSet(bundles: readonly ShardBundle[], expected: ExpectedPlan): ShardSetCheck {
  const fingerprint = planFingerprint(expected.plan);
  const short = fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH);
  const issues: SettingsIssue[] = [];
  const add = (where: string, message: string): void => void issues.push({ where, message });
  if (bundles.length === 0) {
    add(
      'mode merge',
      `found no shard bundle of plan ${short}; expected the bundles the matrix legs (shard: k/n) uploaded in this workflow run, from a job that needs: the matrix`,
    );
    return { issues };
  }
  for (const bundle of bundles) {
    if (planFingerprint(bundle.record.plan) !== bundle.record.fingerprint) {
      add(
        bundle.source,
        'its plan does not match its own fingerprint (edited by hand?); expected the bundle as the leg wrote it',
      );
    }
  }
  const ours = bundles.filter((b) => b.record.fingerprint === fingerprint);
  const others = bundles.filter((b) => b.record.fingerprint !== fingerprint);
  const describeOther = (bundle: ShardBundle): string => {
    const differs = planDifferences(expected.plan, bundle.record.plan);
    return `shard ${bundle.record.k}/${bundle.record.n} of another plan (${bundle.record.fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH)}): it differs in ${differs.join(', ') || 'its fingerprint'}`;
  };
  if (expected.strict) {
    for (const bundle of others) {
      add(bundle.source, `${describeOther(bundle)}; expected every leg to run the plan this merge judges`);
    }
  }

  const counts = [...new Set(ours.map((b) => b.record.n))];
  if (ours.length === 0) {
    if (!expected.strict) {
      for (const bundle of others) add(bundle.source, `${describeOther(bundle)}; no leg ran plan ${short}`);
    }
    if (issues.length === 0) add('mode merge', `found no shard bundle of plan ${short}`);
    return { issues };
  }
  if (counts.length > 1) {
    for (const bundle of ours) {
      add(
        bundle.source,
        `is shard ${bundle.record.k} of ${bundle.record.n}, but the legs of plan ${short} disagree on n (${counts.join(', ')}); expected every leg's shard input to end in the same /n`,
      );
    }
    return { issues };
  }
  const n = counts[0]!;
  const runIds = [...new Set(ours.map((b) => b.record.runId ?? 'none'))];
  if (expected.runId !== undefined) {
    for (const bundle of ours.filter((b) => b.record.runId !== expected.runId)) {
      add(
        bundle.source,
        `is from workflow run ${bundle.record.runId ?? 'none'}; expected run ${expected.runId}, the merge job's`,
      );
    }
  } else if (runIds.length > 1) {
    for (const bundle of ours) {
      add(
        bundle.source,
        `is from workflow run ${bundle.record.runId ?? 'none'}, but the bundles come from several runs (${runIds.join(', ')}); expected the legs of one run`,
      );
    }
  }
  for (let k = 1; k <= n; k++) {
    const legs = ours.filter((b) => b.record.k === k);
    if (legs.length > 1) {
      add(
        `shard ${k}/${n}`,
        `found ${legs.length} bundles (${legs.map((b) => b.source).join(', ')}); expected each leg once: is a shard number repeated in the matrix?`,
      );
    } else if (legs.length === 0) {
      const stand = others.filter((b) => b.record.k === k && b.record.n === n);
      const instead =
        stand.length > 0
          ? `; found instead ${stand.map((b) => `${b.source}, ${describeOther(b)}`).join('; ')}`
          : '';
      add(
        `shard ${k}/${n}`,
        `missing: no bundle of plan ${short} for leg ${k} of ${n}${instead}; expected a bundle from every leg (did the leg fail before its upload, or is the matrix shorter than ${n}?)`,
      );
    }
  }
  if (issues.length > 0) return { issues };
  return { set: [...ours].sort((a, b) => a.record.k - b.record.k), setAside: expected.strict ? [] : others };
}
