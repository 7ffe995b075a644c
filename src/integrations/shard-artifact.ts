/**
 * A matrix leg's shard bundle as a workflow artifact: its results.json alone, under a
 * name the merge job finds by: `loadgate-shard-<fingerprint>-<k>-of-<n>`, where the
 * fingerprint is the first 12 hex digits of the plan's (report/plan-identity.ts). Legs of
 * one plan share the stem; two sharded gates in one workflow run differ in it.
 */
import path from 'node:path';

import { SHORT_FINGERPRINT_LENGTH, type ShardRecord } from '../report/plan-identity.js';
import { publishArtifact, type ArtifactUploadResult } from './artifact-upload.js';

export const SHARD_ARTIFACT_PREFIX = 'loadgate-shard-';

export function shardArtifactName(record: Pick<ShardRecord, 'fingerprint' | 'k' | 'n'>): string {
  return `${SHARD_ARTIFACT_PREFIX}${record.fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH)}-${record.k}-of-${record.n}`;
}

/** Whether an artifact name is a shard bundle's (of any plan). */
export function isShardArtifactName(name: string): boolean {
  return /^loadgate-shard-[0-9a-f]{12}-\d+-of-\d+$/.test(name);
}

export async function publishShardBundle(
  resultsPath: string,
  record: ShardRecord,
  retentionDays?: number,
): Promise<ArtifactUploadResult> {
  return publishArtifact({
    name: shardArtifactName(record),
    files: [resultsPath],
    rootDir: path.dirname(resultsPath),
    ...(retentionDays !== undefined ? { retentionDays } : {}),
  });
}
