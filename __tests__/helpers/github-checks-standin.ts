/**
 * The Checks API part of the GitHub REST stand-in (github-api-standin.ts), with the
 * limits GitHub enforces, so a payload that GitHub would refuse is refused here too:
 *
 * - `GET   /repos/{owner}/{repo}/commits/{ref}/check-runs?check_name=&filter=&per_page=`
 *   → `{ total_count, check_runs }`;
 * - `POST  /repos/{owner}/{repo}/check-runs` → 201;
 * - `PATCH /repos/{owner}/{repo}/check-runs/{id}` → 200; annotations are appended, as GitHub does.
 *
 * 422 for a summary or text over 65,535 characters, more than 50 annotations in one
 * request, an annotation without path/lines/level/message, columns on a multi-line
 * annotation, a bad conclusion or a missing name/head_sha.
 */
import type http from 'node:http';

export interface StandInAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  title?: string;
  message: string;
}

export interface StandInCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  detailsUrl?: string;
  startedAt?: string;
  completedAt?: string;
  annotations: StandInAnnotation[];
  /** Requests that wrote this run (create and updates). */
  writes: number;
}

const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
]);
const LEVELS = new Set(['notice', 'warning', 'failure']);

type Json = (res: http.ServerResponse, status: number, body: unknown) => void;

interface CheckRunBody {
  name?: unknown;
  head_sha?: unknown;
  status?: unknown;
  conclusion?: unknown;
  details_url?: unknown;
  started_at?: unknown;
  completed_at?: unknown;
  output?: { title?: unknown; summary?: unknown; text?: unknown; annotations?: unknown };
}

/** Why GitHub would refuse this output, or undefined. */
function outputProblem(output: CheckRunBody['output']): string | undefined {
  if (output === undefined) return undefined;
  if (typeof output.title !== 'string' || typeof output.summary !== 'string')
    return 'output needs title and summary';
  if (output.summary.length > 65_535) return 'output.summary is too long (maximum is 65535 characters)';
  if (typeof output.text === 'string' && output.text.length > 65_535) return 'output.text is too long';
  const annotations = output.annotations ?? [];
  if (!Array.isArray(annotations)) return 'output.annotations must be an array';
  if (annotations.length > 50) return 'Only 50 annotations are allowed per request';
  for (const a of annotations as Partial<StandInAnnotation>[]) {
    if (typeof a.path !== 'string' || !a.path || a.path.startsWith('/'))
      return 'annotation path must be relative';
    if (!Number.isInteger(a.start_line) || !Number.isInteger(a.end_line)) return 'annotation lines missing';
    if (!LEVELS.has(String(a.annotation_level))) return 'annotation_level is not included in the list';
    if (typeof a.message !== 'string' || !a.message) return 'annotation message missing';
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
      return 'columns are only allowed on a single-line annotation';
  }
  return undefined;
}

export function createChecksHandler(state: { url: string; owner: string; repo: string }) {
  const runs: StandInCheckRun[] = [];
  let nextId = 7_000_001;

  const toApi = (run: StandInCheckRun): Record<string, unknown> => ({
    id: run.id,
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    details_url: run.detailsUrl ?? null,
    started_at: run.startedAt ?? null,
    completed_at: run.completedAt ?? null,
    url: `${state.url}/repos/${state.owner}/${state.repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${state.owner}/${state.repo}/runs/${run.id}`,
    output: {
      title: run.title,
      summary: run.summary,
      text: null,
      annotations_count: run.annotations.length,
      annotations_url: `${state.url}/repos/${state.owner}/${state.repo}/check-runs/${run.id}/annotations`,
    },
    app: { slug: 'github-actions' },
    pull_requests: [],
  });

  const apply = (run: StandInCheckRun, body: CheckRunBody): void => {
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    if (typeof body.started_at === 'string') run.startedAt = body.started_at;
    if (typeof body.completed_at === 'string') run.completedAt = body.completed_at;
    if (body.output) {
      run.title = String(body.output.title);
      run.summary = String(body.output.summary);
      run.annotations.push(...((body.output.annotations ?? []) as StandInAnnotation[]));
    }
    run.writes++;
  };

  /** Answers a checks request; false when the path is not one of them. */
  const handle = (
    req: http.IncomingMessage,
    url: URL,
    raw: string,
    res: http.ServerResponse,
    json: Json,
  ): boolean => {
    const prefix = `/repos/${state.owner}/${state.repo}/`;
    if (!url.pathname.startsWith(prefix)) return false;
    const rest = url.pathname.slice(prefix.length).split('/');
    const body = (raw ? JSON.parse(raw) : {}) as CheckRunBody;

    if (rest.length === 3 && rest[0] === 'commits' && rest[2] === 'check-runs' && req.method === 'GET') {
      const name = url.searchParams.get('check_name');
      let matching = runs.filter((r) => r.headSha === rest[1] && (name === null || r.name === name));
      if ((url.searchParams.get('filter') ?? 'latest') === 'latest') {
        const newest = new Map<string, StandInCheckRun>();
        for (const r of matching) if ((newest.get(r.name)?.id ?? 0) < r.id) newest.set(r.name, r);
        matching = [...newest.values()];
      }
      json(res, 200, { total_count: matching.length, check_runs: matching.map(toApi) });
      return true;
    }
    if (rest.length === 1 && rest[0] === 'check-runs' && req.method === 'POST') {
      if (typeof body.name !== 'string' || !body.name || typeof body.head_sha !== 'string') {
        json(res, 422, { message: 'Validation Failed', errors: ['name and head_sha are required'] });
        return true;
      }
      const problem =
        outputProblem(body.output) ??
        (body.conclusion !== undefined && !CONCLUSIONS.has(String(body.conclusion))
          ? 'bad conclusion'
          : undefined);
      if (problem) {
        json(res, 422, { message: 'Validation Failed', errors: [problem] });
        return true;
      }
      const run: StandInCheckRun = {
        id: nextId++,
        name: body.name,
        headSha: body.head_sha,
        status: 'queued',
        conclusion: null,
        title: '',
        summary: '',
        annotations: [],
        writes: 0,
      };
      apply(run, body);
      runs.push(run);
      json(res, 201, toApi(run));
      return true;
    }
    if (rest.length === 2 && rest[0] === 'check-runs' && /^\d+$/.test(rest[1]!) && req.method === 'PATCH') {
      const run = runs.find((r) => r.id === Number(rest[1]));
      if (!run) {
        json(res, 404, { message: 'Not Found' });
        return true;
      }
      const problem =
        outputProblem(body.output) ??
        (body.conclusion !== undefined && !CONCLUSIONS.has(String(body.conclusion))
          ? 'bad conclusion'
          : undefined);
      if (problem) {
        json(res, 422, { message: 'Validation Failed', errors: [problem] });
        return true;
      }
      apply(run, body);
      json(res, 200, toApi(run));
      return true;
    }
    return false;
  };

  return { runs, handle };
}
