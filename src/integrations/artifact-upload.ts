/**
 * Upload the report bundle as a workflow artifact with @actions/artifact.
 *
 * The client reads its own environment (set by the runner for every step):
 * ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and GITHUB_SERVER_URL (GHES is refused).
 */
import { createHash } from 'node:crypto';

import type { Settings } from '../config/settings.js';

/** Characters artifact names may not contain (the client rejects them), plus whitespace. */
const UNSAFE_NAME_CHARS = /["':<>|*?\r\n\\/\s]+/g;
const MAX_NAME_LENGTH = 200;

/** A name part with the characters artifact names reject replaced by `-`. */
export function sanitizeArtifactNamePart(text: string): string {
  return text
    .replace(UNSAFE_NAME_CHARS, '-')
    .replace(/[^\x20-\x7e]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * The artifact name: `base`, or `base-<jobKey>` when a job key is given, so each leg
 * of a matrix uploads its own artifact instead of colliding on one name.
 */
export function artifactName(base: string, jobKey?: string): string {
  const head = sanitizeArtifactNamePart(base) || 'loadgate-report';
  const tail = jobKey ? sanitizeArtifactNamePart(jobKey) : '';
  const name = tail ? `${head}-${tail}` : head;
  return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH).replace(/[-.]+$/, '') : name;
}

/**
 * A key that tells apart the legs of a matrix running the action in one job
 * (GITHUB_JOB is the same for all of them): the job id, the environment or target
 * host, and a short hash of what the leg gates (target, environment, load shape,
 * endpoints, thresholds). Stable across re-runs, so the PR comment is found again.
 */
export function deriveJobKey(job: string | undefined, settings: Settings): string {
  let host = settings.targetUrl;
  try {
    host = new URL(settings.targetUrl).host;
  } catch {
    // Keep the text as it is.
  }
  const identity = JSON.stringify([
    settings.targetUrl,
    settings.environment ?? null,
    settings.stages,
    settings.endpoints.map((e) => [e.name, e.weight]),
    settings.thresholds.map((t) => t.source),
  ]);
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 8);
  return [job || 'loadgate', settings.environment ?? host, hash].join('-');
}

export interface ArtifactUploadOptions {
  /** Base artifact name, e.g. `loadgate-report`. */
  name: string;
  /** Makes the name unique per job, e.g. the job id plus the matrix values. */
  jobKey?: string;
  /** Absolute paths of the files to upload, all under `rootDir`. */
  files: string[];
  /** The files keep their paths relative to this directory inside the artifact. */
  rootDir: string;
  /** Days to keep the artifact (capped by the repository setting); the repository default when unset. */
  retentionDays?: number;
  /** For the artifact's link: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID. */
  serverUrl?: string;
  repository?: string;
  runId?: string;
}

export interface ArtifactUploadResult {
  id: number;
  name: string;
  /** Bytes uploaded (the zip). */
  size?: number;
  /** SHA-256 of the zip, hex. */
  digest?: string;
  /** Link to the artifact on the run page, when server, repository and run id are known. */
  url?: string;
}

export function artifactUrl(
  id: number,
  where: Pick<ArtifactUploadOptions, 'serverUrl' | 'repository' | 'runId'>,
): string | undefined {
  if (!where.serverUrl || !where.repository || !where.runId) return undefined;
  return `${where.serverUrl.replace(/\/+$/, '')}/${where.repository}/actions/runs/${where.runId}/artifacts/${id}`;
}

export async function publishArtifact(options: ArtifactUploadOptions): Promise<ArtifactUploadResult> {
  const name = artifactName(options.name, options.jobKey);
  // Loaded when used: the client library is large, and most runs never need it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const uploaded = await client.uploadArtifact(name, options.files, options.rootDir, {
    ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
  });
  if (uploaded.id === undefined) throw new Error(`the artifact service returned no id for ${name}`);
  const url = artifactUrl(uploaded.id, options);
  return {
    id: uploaded.id,
    name,
    ...(uploaded.size !== undefined ? { size: uploaded.size } : {}),
    ...(uploaded.digest !== undefined ? { digest: uploaded.digest } : {}),
    ...(url ? { url } : {}),
  };
}
