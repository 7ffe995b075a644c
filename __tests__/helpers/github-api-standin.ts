/**
 * A local stand-in for the part of the GitHub REST API a sticky PR comment uses, served
 * under its own base URL (what GITHUB_API_URL points at):
 *
 * - `GET    /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=`, paginated with a
 *   `Link: <…>; rel="next", <…>; rel="last"` header like GitHub's (per_page at most 100);
 * - `POST   /repos/{owner}/{repo}/issues/{n}/comments` `{ body }` → 201;
 * - `PATCH  /repos/{owner}/{repo}/issues/comments/{id}` `{ body }` → 200.
 *
 * The Checks API (check runs) is served by github-checks-standin.ts beside it.
 *
 * Requests must carry `Authorization: token <token>` (401 otherwise).
 * Modes: `ok`; `403` (`Resource not accessible by integration`, as a GITHUB_TOKEN without
 * `pull-requests: write` gets); `500`; `hang` (never answers). `checksMode` sets the
 * mode of the check-run endpoints alone (a token with `pull-requests: write` but not
 * `checks: write`); it defaults to `mode`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { createChecksHandler, type StandInCheckRun } from './github-checks-standin.js';

export type GitHubStandInMode = 'ok' | '403' | '500' | 'hang';

export interface StandInComment {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
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
  requests: Array<{ method: string; path: string; query: string }>;
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
    state.requests.push({ method: req.method ?? '', path: url.pathname, query: url.search });
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

      const prefix = `/repos/${state.owner}/${state.repo}/issues/`;
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  return state;
}
