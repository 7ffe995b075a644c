/**
 * A local stand-in for the part of the GitHub REST API a sticky PR comment uses, served
 * under its own base URL (what GITHUB_API_URL points at):
 *
 * - `GET    /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=`, paginated with a
 *   `Link: <…>; rel="next", <…>; rel="last"` header like GitHub's (per_page at most 100);
 * - `POST   /repos/{owner}/{repo}/issues/{n}/comments` `{ body }` → 201;
 * - `PATCH  /repos/{owner}/{repo}/issues/comments/{id}` `{ body }` → 200.
 *
 * And the part a baseline from the last successful run uses (what `@actions/github` and
 * `@actions/artifact`'s `listArtifacts`/`downloadArtifact` with `findBy` ask for):
 *
 * - `GET    /repos/{owner}/{repo}` → `{ default_branch }`;
 * - `GET    /repos/{owner}/{repo}/actions/runs/{id}` → the run (its `workflow_id`);
 * - `GET    /repos/{owner}/{repo}/actions/workflows/{file or id}/runs?branch=&status=&per_page=&page=`
 *   → `{ total_count, workflow_runs }`, newest first;
 * - `GET    /repos/{owner}/{repo}/actions/runs/{id}/artifacts?per_page=&page=&name=` → `{ total_count, artifacts }`;
 * - `GET    /repos/{owner}/{repo}/actions/artifacts/{id}/zip` → `302` to a signed blob URL
 *   (`410` when expired); the blob itself (`GET /blobs/…?sig=`) needs no token, as blob storage does not.
 *
 * The Checks API (check runs) is served by github-checks-standin.ts beside it.
 *
 * Requests must carry `Authorization: token <token>` (401 otherwise), the blob excepted.
 * Modes: `ok`; `403` (`Resource not accessible by integration`, as a GITHUB_TOKEN without
 * `pull-requests: write` gets); `500`; `hang` (never answers). `checksMode` sets the
 * mode of the check-run endpoints alone (a token with `pull-requests: write` but not
 * `checks: write`); it defaults to `mode`.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { createChecksHandler, type StandInCheckRun } from './github-checks-standin.js';
import { writeZip } from './zip-archive.js';

export type GitHubStandInMode = 'ok' | '403' | '500' | 'hang';

export interface StandInComment {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface StandInArtifact {
  id: number;
  name: string;
  zip: Buffer;
  expired: boolean;
}

export interface StandInRun {
  id: number;
  /** The workflow's file name, e.g. deploy.yml. */
  workflow: string;
  workflowId: number;
  branch: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  createdAt: string;
  artifacts: StandInArtifact[];
}

export interface StandInRunSpec {
  workflow?: string;
  branch?: string;
  conclusion?: StandInRun['conclusion'];
  createdAt?: string;
  /** Artifacts by name: files (zipped here) or a zip as it is. */
  artifacts?: Record<string, Record<string, string | Buffer> | Buffer>;
  expired?: boolean;
}

export interface GitHubApiStandIn {
  url: string;
  token: string;
  owner: string;
  repo: string;
  mode: GitHubStandInMode;
  checksMode: GitHubStandInMode | undefined;
  comments: StandInComment[];
  checkRuns: StandInCheckRun[];
  requests: Array<{ method: string; path: string; query: string; authorized: boolean }>;
  defaultBranch: string;
  runs: StandInRun[];
  /** How the blob download answers: `ok`, `500`, or `garbage` (bytes that are no zip). */
  blobMode: 'ok' | '500' | 'garbage';
  /** A workflow run, as if it had happened; ids grow with each. */
  addRun(spec?: StandInRunSpec): StandInRun;
  /** Put a comment on an issue as if someone had written it before. */
  seed(issue: number, body: string, user?: string): StandInComment;
  close(): Promise<void>;
}

export async function startGitHubApiStandIn(
  options: {
    mode?: GitHubStandInMode;
    checksMode?: GitHubStandInMode;
    owner?: string;
    repo?: string;
    token?: string;
  } = {},
): Promise<GitHubApiStandIn> {
  const comments: StandInComment[] = [];
  const hanging = new Set<http.ServerResponse>();
  let nextId = 9_000_001;
  let nextRunId = 7_001;
  let nextArtifactId = 55_001;
  const signature = randomBytes(16).toString('base64url');
  const workflowIds = new Map<string, number>();
  const state: GitHubApiStandIn = {
    url: '',
    token: options.token ?? 'ghs_standinTokenValue0123456789',
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'shop',
    mode: options.mode ?? 'ok',
    checksMode: options.checksMode,
    comments,
    checkRuns: [],
    requests: [],
    defaultBranch: 'main',
    runs: [],
    blobMode: 'ok',
    addRun(spec = {}) {
      const workflow = spec.workflow ?? 'deploy.yml';
      if (!workflowIds.has(workflow)) workflowIds.set(workflow, 160_000 + workflowIds.size);
      const run: StandInRun = {
        id: nextRunId++,
        workflow,
        workflowId: workflowIds.get(workflow)!,
        branch: spec.branch ?? state.defaultBranch,
        conclusion: spec.conclusion ?? 'success',
        createdAt: spec.createdAt ?? new Date().toISOString(),
        artifacts: Object.entries(spec.artifacts ?? {}).map(([name, content]) => ({
          id: nextArtifactId++,
          name,
          zip: Buffer.isBuffer(content) ? content : writeZip(content),
          expired: spec.expired ?? false,
        })),
      };
      state.runs.push(run);
      return run;
    },
    seed(issue, body, user = 'octocat') {
      const now = new Date().toISOString();
      const comment = { id: nextId++, issue, body, user, createdAt: now, updatedAt: now };
      comments.push(comment);
      return comment;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const checks = createChecksHandler(state);
  state.checkRuns = checks.runs;

  const json = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const toApi = (c: StandInComment): Record<string, unknown> => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${state.url}/repos/${state.owner}/${state.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${state.owner}/${state.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${state.url}/repos/${state.owner}/${state.repo}/issues/${c.issue}`,
    body: c.body,
    user: { login: c.user, id: 1, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: url.search,
      authorized: req.headers.authorization !== undefined,
    });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const isChecks = /\/check-runs(?:\/|$)/.test(url.pathname);
      const mode = isChecks ? (state.checksMode ?? state.mode) : state.mode;
      if (mode === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (url.pathname.startsWith('/blobs/')) return blob(url, res);
      if (req.headers.authorization !== `token ${state.token}`) {
        return json(res, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      if (mode === '403') {
        return json(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: isChecks
            ? 'https://docs.github.com/rest/checks/runs#create-a-check-run'
            : 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '403',
        });
      }
      if (mode === '500') return json(res, 500, { message: 'Server Error' });
      if (isChecks && checks.handle(req, url, Buffer.concat(chunks).toString('utf8'), res, json)) return;

      const repoPath = `/repos/${state.owner}/${state.repo}`;
      if (
        req.method === 'GET' &&
        (url.pathname === repoPath || url.pathname.startsWith(`${repoPath}/actions/`))
      ) {
        return actions(url, url.pathname.slice(repoPath.length), res);
      }
      const prefix = `${repoPath}/issues/`;
      if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found' });
      const rest = url.pathname.slice(prefix.length).split('/');
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: unknown })
        : {};

      if (rest.length === 2 && rest[1] === 'comments' && /^\d+$/.test(rest[0]!)) {
        const issue = Number(rest[0]);
        if (req.method === 'GET') {
          const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
          const all = comments.filter((c) => c.issue === issue);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link = (p: number): string => {
            const next = new URL(`${state.url}${url.pathname}`);
            next.searchParams.set('per_page', String(perPage));
            next.searchParams.set('page', String(p));
            return next.href;
          };
          const links: string[] = [];
          if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
          if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
          const slice = all.slice((page - 1) * perPage, page * perPage).map(toApi);
          return json(res, 200, slice, links.length ? { link: links.join(', ') } : {});
        }
        if (req.method === 'POST') {
          if (typeof body.body !== 'string') return json(res, 422, { message: 'Validation Failed' });
          if (body.body.length > 65_536) {
            return json(res, 422, {
              message: 'Validation Failed',
              errors: [{ message: 'Body is too long (maximum is 65536 characters)' }],
            });
          }
          return json(res, 201, toApi(state.seed(issue, body.body, 'github-actions[bot]')));
        }
      }
      if (rest.length === 2 && rest[0] === 'comments' && /^\d+$/.test(rest[1]!) && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(rest[1]));
        if (!comment) return json(res, 404, { message: 'Not Found' });
        if (typeof body.body !== 'string') return json(res, 422, { message: 'Validation Failed' });
        if (body.body.length > 65_536) return json(res, 422, { message: 'Validation Failed' });
        comment.body = body.body;
        comment.updatedAt = new Date().toISOString();
        return json(res, 200, toApi(comment));
      }
      json(res, 404, { message: 'Not Found' });
    });
  });
  const runToApi = (run: StandInRun): Record<string, unknown> => ({
    id: run.id,
    name: run.workflow.replace(/\.ya?ml$/, ''),
    path: `.github/workflows/${run.workflow}`,
    workflow_id: run.workflowId,
    head_branch: run.branch,
    head_sha: run.id.toString(16).padStart(40, '0'),
    event: 'push',
    status: 'completed',
    conclusion: run.conclusion,
    html_url: `https://github.com/${state.owner}/${state.repo}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    run_started_at: run.createdAt,
    updated_at: run.createdAt,
  });
  const artifactToApi = (run: StandInRun, a: StandInArtifact): Record<string, unknown> => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.zip.length,
    url: `${state.url}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}`,
    archive_download_url: `${state.url}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    expires_at: new Date(Date.parse(run.createdAt) + 90 * 86_400_000).toISOString(),
    workflow_run: { id: run.id, head_branch: run.branch },
  });
  const page = <T>(url: URL, all: T[]): T[] => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const number = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    return all.slice((number - 1) * perPage, number * perPage);
  };

  function actions(url: URL, rest: string, res: http.ServerResponse): void {
    if (rest === '') {
      return json(res, 200, {
        id: 1,
        name: state.repo,
        full_name: `${state.owner}/${state.repo}`,
        default_branch: state.defaultBranch,
      });
    }
    let m = /^\/actions\/runs\/(\d+)$/.exec(rest);
    if (m) {
      const run = state.runs.find((r) => r.id === Number(m![1]));
      return run ? json(res, 200, runToApi(run)) : json(res, 404, { message: 'Not Found' });
    }
    m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest);
    if (m) {
      const workflow = decodeURIComponent(m[1]!);
      const known = state.runs.some((r) => r.workflow === workflow || String(r.workflowId) === workflow);
      if (!known) return json(res, 404, { message: 'Not Found' });
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const runs = state.runs
        .filter((r) => r.workflow === workflow || String(r.workflowId) === workflow)
        .filter((r) => branch === null || r.branch === branch)
        .filter((r) => status === null || r.conclusion === status || status === 'completed')
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
      return json(res, 200, { total_count: runs.length, workflow_runs: page(url, runs).map(runToApi) });
    }
    m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest);
    if (m) {
      const run = state.runs.find((r) => r.id === Number(m![1]));
      if (!run) return json(res, 404, { message: 'Not Found' });
      const name = url.searchParams.get('name');
      const list = run.artifacts.filter((a) => name === null || a.name === name);
      return json(res, 200, {
        total_count: list.length,
        artifacts: page(url, list).map((a) => artifactToApi(run, a)),
      });
    }
    m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest);
    if (m) {
      const artifact = state.runs.flatMap((r) => r.artifacts).find((a) => a.id === Number(m![1]));
      if (!artifact) return json(res, 404, { message: 'Not Found' });
      if (artifact.expired) return json(res, 410, { message: 'Artifact has expired' });
      const location = `${state.url}/blobs/artifacts/${artifact.id}.zip?sv=2023-11-03&se=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}&sig=${signature}`;
      res.writeHead(302, { location, 'content-length': '0' });
      res.end();
      return;
    }
    json(res, 404, { message: 'Not Found' });
  }

  function blob(url: URL, res: http.ServerResponse): void {
    const id = Number(/^\/blobs\/artifacts\/(\d+)\.zip$/.exec(url.pathname)?.[1]);
    const artifact = state.runs.flatMap((r) => r.artifacts).find((a) => a.id === id);
    if (url.searchParams.get('sig') !== signature || !artifact) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
      return;
    }
    if (state.blobMode === '500') {
      res.writeHead(500, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>InternalError</Code></Error>');
      return;
    }
    const body =
      state.blobMode === 'garbage' ? Buffer.from('this is not a zip archive at all') : artifact.zip;
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(body.length) });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  return state;
}
