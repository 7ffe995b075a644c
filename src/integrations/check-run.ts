/**
 * The gate's own check run (Checks API), so the verdict sits in the pull request's
 * checks list beside the build. One per job and environment on a commit: a re-run finds
 * it by name and updates it in place. The API appends annotations on every update and
 * cannot remove them, so a predecessor that carries annotations is superseded by a new
 * run of the same name instead (GitHub shows the newest); otherwise old failures would
 * stay pinned to the config file after the SLO holds again.
 */
import { CHECK_RUN_LIMITS, type CheckRunAnnotation, type CheckRunContent } from './check-run-content.js';

export interface CheckRunOptions {
  /** A token that may write checks (GITHUB_TOKEN with `checks: write`). */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** The commit the check belongs to: the pull request's head, else GITHUB_SHA. */
  headSha: string;
  content: CheckRunContent;
  /** When the load started and ended (ISO 8601). */
  startedAt?: string;
  completedAt?: string;
  /** API base URL; by default @actions/github's (GITHUB_API_URL, else api.github.com). */
  apiUrl?: string;
  signal?: AbortSignal;
}

export interface CheckRunResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
  annotations: number;
}

export async function publishCheckRun(options: CheckRunOptions): Promise<CheckRunResult> {
  try {
    return await upsertCheckRun(options);
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (status === 403 && error instanceof Error) {
      throw new Error(`${error.message} (the token needs the checks: write permission)`, { cause: error });
    }
    throw error;
  }
}

/** Annotations in the API's batches of at most 50. */
export function annotationBatches(annotations: readonly CheckRunAnnotation[]): CheckRunAnnotation[][] {
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
    batches.push(annotations.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
  }
  return batches;
}

async function upsertCheckRun(options: CheckRunOptions): Promise<CheckRunResult> {
  const [owner, repo, ...rest] = options.repository.split('/');
  if (!owner || !repo || rest.length)
    throw new Error(`repository must be owner/name, got ${options.repository}`);
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(options.headSha))
    throw new Error(`the commit is not a SHA: ${options.headSha.slice(0, 80)}`);

  // Loaded when used: the client library is large, and most runs never need it.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(
    options.token,
    options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {},
  );
  const request = options.signal ? { signal: options.signal } : {};
  const { content } = options;

  const { data: found } = await octokit.rest.checks.listForRef({
    owner,
    repo,
    ref: options.headSha,
    check_name: content.name,
    filter: 'latest',
    per_page: 100,
    request,
  });
  const previous = found.check_runs.filter((run) => run.name === content.name).sort((a, b) => b.id - a.id)[0];
  const reusable = previous !== undefined && (previous.output.annotations_count ?? 0) === 0;

  const [first = [], ...more] = annotationBatches(content.annotations);
  const output = (annotations: CheckRunAnnotation[]) => ({
    title: content.title,
    summary: content.summary,
    ...(annotations.length ? { annotations } : {}),
  });
  const fields = {
    owner,
    repo,
    name: content.name,
    status: 'completed' as const,
    conclusion: content.conclusion,
    ...(options.startedAt ? { started_at: options.startedAt } : {}),
    completed_at: options.completedAt ?? new Date().toISOString(),
    ...(content.detailsUrl ? { details_url: content.detailsUrl } : {}),
    output: output(first),
    request,
  };
  const { data } = reusable
    ? await octokit.rest.checks.update({ ...fields, check_run_id: previous.id })
    : await octokit.rest.checks.create({ ...fields, head_sha: options.headSha });
  // Each update appends its batch to the annotations already there.
  for (const batch of more) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request });
  }
  return {
    action: reusable ? 'updated' : 'created',
    id: data.id,
    url: data.html_url ?? '',
    annotations: content.annotations.length,
  };
}
