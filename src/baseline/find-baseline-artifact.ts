/**
 * The report artifact of the last successful run as a baseline. With the token:
 * the workflow's last successful run on the branch (GitHub REST API, this run
 * excluded), then that run's artifacts and the download of the report artifact with
 * @actions/artifact (`findBy`: token, repository and run id), unzipped under the runner's
 * temp directory, and its results.json read as an earlier run's results.
 *
 * Everything that can go wrong (no token, no earlier successful run, no artifact, an API
 * or download failure, no answer in time) is a `missing` reason with the token scrubbed:
 * a warning for the run, never an exception. Both clients find the API through
 * GITHUB_API_URL; @actions/github reads it when it is loaded.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import type { BaselineSourceSettings } from '../config/baseline-settings.js';
import { artifactName } from '../integrations/artifact-upload.js';
import { describeError, scrubSecrets } from '../integrations/run-integration.js';
import type { BaselineData, BaselineOrigin } from '../metrics/baseline-data.js';
import { MAX_RESULTS_FILE_BYTES, parseResultsDocument, withAge } from './read-results-file.js';

/** The artifact client retries a 5xx answer five times (1 s, 4 s, … 25 s apart): this bounds the whole search. */
export const ARTIFACT_BASELINE_TIMEOUT_MS = 90_000;

export interface ArtifactBaselineRequest {
  source: Extract<BaselineSourceSettings, { kind: 'artifact' }>;
  /** The report artifact this job uploads: `artifact-name` and the job key (see artifact-upload.ts). */
  report: { baseName: string; jobKey: string };
  /** `github-token`; needs `actions: read`. */
  token?: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository?: string;
  /** This run (GITHUB_RUN_ID): never its own baseline. */
  runId?: string;
  /** GITHUB_WORKFLOW_REF, e.g. `acme/shop/.github/workflows/deploy.yml@refs/heads/main`: this workflow's file. */
  workflowRef?: string;
  /** The repository's default branch, when the event payload gives it. */
  defaultBranch?: string;
  /** Where the artifact is unzipped (RUNNER_TEMP); a directory made in it is removed afterwards. */
  tempDir: string;
  timeoutMs?: number;
  /** When this run started (for the baseline's age). */
  now?: number;
}

interface WorkflowRun {
  id: number;
  html_url?: string;
  created_at?: string;
  run_started_at?: string | null;
  head_sha?: string;
}

export async function findBaselineArtifact(request: ArtifactBaselineRequest): Promise<BaselineData> {
  const { source } = request;
  const where = `${source.workflow ?? 'this workflow'} on ${source.branch ?? 'the default branch'}`;
  const origin: BaselineOrigin = { kind: 'artifact', label: `the last successful run of ${where}` };
  const missing = (reason: string, at: BaselineOrigin = origin): BaselineData => ({
    origin: at,
    missing: scrubSecrets(reason, request.token ? [request.token] : []),
  });
  if (!request.token) {
    return missing('no token: baseline-artifact needs github-token (with the actions: read permission)');
  }
  const [owner, repo] = (request.repository ?? '').split('/');
  if (!owner || !repo) return missing('the repository is unknown (GITHUB_REPOSITORY is not set)');

  const timeoutMs = request.timeoutMs ?? ARTIFACT_BASELINE_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<BaselineData>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(missing(`no answer from the GitHub API within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
  });
  const work = search({ ...request, token: request.token }, owner, repo, origin, controller.signal).catch(
    (error: unknown) => missing(describeApiFailure(error)),
  );
  try {
    const found = await Promise.race([work, timedOut]);
    return 'missing' in found ? missing(found.missing, found.origin) : found;
  } finally {
    clearTimeout(timer);
  }
}

async function search(
  request: ArtifactBaselineRequest & { token: string },
  owner: string,
  repo: string,
  origin: BaselineOrigin,
  signal: AbortSignal,
): Promise<BaselineData> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(request.token, { request: { signal } });
  const missing = (reason: string, at: BaselineOrigin = origin): BaselineData => ({
    origin: at,
    missing: reason,
  });

  let workflow: string | number | undefined = request.source.workflow ?? workflowFileOf(request.workflowRef);
  if (workflow === undefined && request.runId) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner,
      repo,
      run_id: Number(request.runId),
    });
    workflow = data.workflow_id;
  }
  if (workflow === undefined) {
    return missing(
      'this workflow is unknown (GITHUB_WORKFLOW_REF is not set); set baseline-artifact to WORKFLOW_FILE[@BRANCH]',
    );
  }
  let branch = request.source.branch ?? request.defaultBranch;
  if (branch === undefined) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
    branch = data.default_branch;
  }

  const { data: runs } = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    {
      owner,
      repo,
      workflow_id: workflow,
      branch,
      status: 'success',
      per_page: 5,
    },
  );
  const run = (runs.workflow_runs as WorkflowRun[]).find((r) => String(r.id) !== request.runId);
  if (!run) return missing(`no earlier successful run of ${workflow} on ${branch}`);
  const createdAt = run.run_started_at ?? run.created_at;
  const runOrigin = withAge(
    {
      kind: 'artifact',
      label: `run ${run.id} of ${workflow} on ${branch}`,
      runId: run.id,
      ...(run.html_url ? { runUrl: run.html_url } : {}),
    },
    createdAt ?? undefined,
    request.now ?? Date.now(),
  );

  // Loaded when used: the client library is large, and most runs never need it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = {
    token: request.token,
    repositoryOwner: owner,
    repositoryName: repo,
    workflowRunId: run.id,
  };
  const { artifacts } = await client.listArtifacts({ latest: true, findBy });
  const chosen = chooseReportArtifact(artifacts, request.source.artifactName, request.report);
  if ('problem' in chosen) return missing(`${runOrigin.label}: ${chosen.problem}`, runOrigin);

  const dir = await mkdtemp(path.join(request.tempDir, 'loadgate-baseline-'));
  try {
    await client.downloadArtifact(chosen.artifact.id, { path: dir, findBy });
    const file = await findResultsFile(dir);
    if (!file)
      return missing(`${runOrigin.label}: artifact ${chosen.artifact.name} has no results.json`, runOrigin);
    if ((await stat(file)).size > MAX_RESULTS_FILE_BYTES) {
      return missing(
        `${runOrigin.label}: the results.json of ${chosen.artifact.name} is too large`,
        runOrigin,
      );
    }
    const parsed = parseResultsDocument(
      await readFile(file, 'utf8'),
      `the results.json of artifact ${chosen.artifact.name}`,
    );
    if ('problem' in parsed) return missing(`${runOrigin.label}: ${parsed.problem}`, runOrigin);
    return { origin: runOrigin, measurements: parsed.measurements };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What a failed API call means for the user: the permission a 403 lacks, what a 404 did not find. */
function describeApiFailure(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const url = (error as { request?: { url?: unknown } }).request?.url;
  const what = typeof url === 'string' ? ` (${new URL(url).pathname})` : '';
  if (status === 401) return `the GitHub API refused the token${what}: bad credentials`;
  if (status === 403) {
    return `the GitHub API refused the token${what}: it needs the actions: read permission (${describeError(error)})`;
  }
  if (status === 404)
    return `not found${what}: is the workflow file or the repository misspelt, or private to the token?`;
  return `the GitHub API failed${what}: ${describeError(error)}`;
}

/** `deploy.yml` from `acme/shop/.github/workflows/deploy.yml@refs/heads/main`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
  return match?.[1];
}

/**
 * The report artifact among a run's: the one named, else the one this job uploads,
 * else one of this job under other thresholds (the job key's hash differs), else the
 * only artifact with the report's base name.
 */
export function chooseReportArtifact<A extends { id: number; name: string }>(
  artifacts: readonly A[],
  named: string | undefined,
  report: { baseName: string; jobKey: string },
): { artifact: A } | { problem: string } {
  const names = artifacts.length
    ? `it has ${artifacts
        .map((a) => a.name)
        .sort()
        .slice(0, 8)
        .join(', ')}${artifacts.length > 8 ? ', …' : ''}`
    : 'it has none (expired, or not uploaded)';
  if (named !== undefined) {
    const artifact = artifacts.find((a) => a.name === named);
    return artifact ? { artifact } : { problem: `no artifact named ${named}; ${names}` };
  }
  const own = artifactName(report.baseName, report.jobKey);
  const stem = own.slice(0, own.lastIndexOf('-') + 1);
  const base = artifactName(report.baseName);
  const exact = artifacts.find((a) => a.name === own);
  if (exact) return { artifact: exact };
  for (const candidates of [
    artifacts.filter((a) => stem.length > base.length && a.name.startsWith(stem)),
    artifacts.filter((a) => a.name === base || a.name.startsWith(`${base}-`)),
  ]) {
    if (candidates.length === 1) return { artifact: candidates[0]! };
    if (candidates.length > 1) {
      return {
        problem: `several report artifacts (${candidates.map((a) => a.name).join(', ')}); set baseline-artifact-name to the one to compare with`,
      };
    }
  }
  return { problem: `no report artifact named ${base}…; ${names}` };
}

/** results.json at the top of the unzipped artifact, else the first one a few levels down. */
async function findResultsFile(dir: string, depth = 0): Promise<string | undefined> {
  const entries = await readdir(dir, { withFileTypes: true });
  const here = entries.find((entry) => entry.isFile() && entry.name === 'results.json');
  if (here) return path.join(dir, here.name);
  if (depth >= 3) return undefined;
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const found = await findResultsFile(path.join(dir, entry.name), depth + 1);
    if (found) return found;
  }
  return undefined;
}
