/**
 * A local stand-in for the GitHub Actions results service that @actions/artifact v6
 * talks to, so uploads go through the real client end to end:
 *
 * 1. Twirp JSON RPCs, `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 *    with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>` and snake_case JSON bodies
 *    (CreateArtifact, FinalizeArtifact; ListArtifacts with its id and name filters, and
 *    GetSignedArtifactURL for a download). Errors are Twirp-shaped:
 *    `{ "code": "...", "msg": "..." }` with the matching HTTP status.
 * 2. The blob upload @azure/storage-blob's `BlockBlobClient.uploadStream` performs against
 *    the `signed_upload_url` CreateArtifact returns: one `PUT <url>&comp=block&blockid=<b64>`
 *    per chunk (body = the bytes), then `PUT <url>&comp=blocklist` with an XML
 *    `<BlockList><Latest>id</Latest>…</BlockList>` body. Both answer 201.
 * 3. The download @actions/artifact's `downloadArtifact` (no `findBy`: this run's own
 *    artifacts) performs: ListArtifacts filtered by id, GetSignedArtifactURL, then a
 *    `GET <signed_url>` answered with the committed zip (`application/zip`).
 *
 * Environment the client needs (`env` below has it ready):
 * - ACTIONS_RUNTIME_TOKEN: a JWT (three base64url parts; the signature is not checked)
 *   whose payload has `scp` with a scope `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`.
 * - ACTIONS_RESULTS_URL: the service URL; only its origin is used.
 * - GITHUB_SERVER_URL: unset, github.com, *.ghe.com or *.localhost; any other host counts as
 *   GHES, where the client refuses to upload.
 * Optional: GITHUB_RETENTION_DAYS (caps retentionDays), ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY,
 * ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS.
 *
 * Everything received is stored (`artifacts`), so a test can unzip the blob with `readZip`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, inflateRawSync } from 'node:zlib';

export type ArtifactServiceMode = 'ok' | '500' | 'hang';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType?: string;
  expiresAt?: string;
  version?: number;
  /** Staged blocks by block id. */
  blocks: Map<string, Buffer>;
  /** The committed blob (the zip), once the block list arrived. */
  blob?: Buffer;
  blobContentType?: string;
  finalized: boolean;
  /** What FinalizeArtifact reported. */
  size?: string;
  hash?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
}

export interface ArtifactService {
  /** Base URL (ACTIONS_RESULTS_URL). */
  url: string;
  /** The environment variables the artifact client reads. */
  env: Record<string, string>;
  runBackendId: string;
  jobBackendId: string;
  artifacts: StoredArtifact[];
  requests: RecordedRequest[];
  mode: ArtifactServiceMode;
  close(): Promise<void>;
}

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT with the claims shape the artifact client decodes. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', x5t: 'standin' };
  const payload = {
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'vso:standin',
    nbf: now - 60,
    exp: now + 3600,
  };
  return `${b64url(header)}.${b64url(payload)}.${randomBytes(32).toString('base64url')}`;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code, msg }));
}

function blobError(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, {
    'content-type': 'application/xml',
    'x-ms-error-code': code,
    'x-ms-request-id': randomUUID(),
  });
  res.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

export async function startArtifactService(mode: ArtifactServiceMode = 'ok'): Promise<ArtifactService> {
  const runBackendId = randomUUID();
  const jobBackendId = randomUUID();
  const token = runtimeToken(runBackendId, jobBackendId);
  const signature = randomBytes(24).toString('base64url');
  const artifacts: StoredArtifact[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  let nextId = 1001;

  const state: ArtifactService = {
    url: '',
    env: {},
    runBackendId,
    jobBackendId,
    artifacts,
    requests,
    mode,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function twirp(method: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) {
      return twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return twirpError(res, 415, 'malformed', 'expected application/json');
    }
    const body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
    const ids =
      body.workflow_run_backend_id === runBackendId && body.workflow_job_run_backend_id === jobBackendId;
    if (method === 'CreateArtifact') {
      if (!ids) return twirpError(res, 400, 'invalid_argument', 'backend ids do not match the token');
      const name = String(body.name ?? '');
      if (!name) return twirpError(res, 400, 'invalid_argument', 'name is required');
      if (artifacts.some((a) => a.name === name)) {
        return twirpError(
          res,
          409,
          'already_exists',
          `an artifact with this name already exists on the workflow run`,
        );
      }
      const artifact: StoredArtifact = {
        id: nextId++,
        name,
        workflowRunBackendId: runBackendId,
        workflowJobRunBackendId: jobBackendId,
        blocks: new Map(),
        finalized: false,
        ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}),
        ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}),
        ...(typeof body.version === 'number' ? { version: body.version } : {}),
      };
      artifacts.push(artifact);
      const se = new Date(Date.now() + 3600_000).toISOString();
      const signed = `${state.url}/blobs/actions-results/${runBackendId}/${artifact.id}/${encodeURIComponent(name)}.zip?sv=2023-11-03&sr=b&sp=cw&se=${encodeURIComponent(se)}&sig=${signature}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, signed_upload_url: signed }));
      return;
    }
    if (method === 'FinalizeArtifact') {
      if (!ids) return twirpError(res, 400, 'invalid_argument', 'backend ids do not match the token');
      const artifact = artifacts.find((a) => a.name === body.name);
      if (!artifact) return twirpError(res, 404, 'not_found', 'no such artifact');
      if (!artifact.blob) return twirpError(res, 400, 'failed_precondition', 'the blob was never committed');
      artifact.size = String(body.size ?? '');
      artifact.hash = typeof body.hash === 'string' ? body.hash : undefined;
      const expected = `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`;
      if (artifact.size !== String(artifact.blob.length) || (artifact.hash && artifact.hash !== expected)) {
        return twirpError(res, 400, 'invalid_argument', 'size or hash does not match the uploaded blob');
      }
      artifact.finalized = true;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, artifact_id: String(artifact.id) }));
      return;
    }
    if (method === 'ListArtifacts') {
      // Wrapper types (Int64Value, StringValue) are plain values in protobuf's JSON form.
      const unwrap = (value: unknown): string | undefined =>
        value === undefined || value === null
          ? undefined
          : typeof value === 'object'
            ? String((value as { value?: unknown }).value)
            : String(value);
      const idFilter = unwrap(body.id_filter);
      const nameFilter = unwrap(body.name_filter);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          artifacts: artifacts
            .filter((a) => a.finalized)
            .filter((a) => idFilter === undefined || String(a.id) === idFilter)
            .filter((a) => nameFilter === undefined || a.name === nameFilter)
            .map((a) => ({
              workflow_run_backend_id: a.workflowRunBackendId,
              workflow_job_run_backend_id: a.workflowJobRunBackendId,
              database_id: String(a.id),
              name: a.name,
              size: a.size ?? '0',
            })),
        }),
      );
      return;
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.find((a) => a.finalized && a.name === body.name);
      if (!artifact) return twirpError(res, 404, 'not_found', 'no such artifact');
      const signed = `${state.url}/blobs/actions-results/${runBackendId}/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?sv=2023-11-03&sr=b&sp=r&sig=${signature}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ signed_url: signed }));
      return;
    }
    twirpError(res, 404, 'bad_route', `no handler for ${method}`);
  }

  async function blob(url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (url.searchParams.get('sig') !== signature)
      return blobError(res, 403, 'AuthenticationFailed', 'bad signature');
    const id = Number(url.pathname.split('/')[4]);
    const artifact = artifacts.find((a) => a.id === id);
    if (artifact?.blob && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.blob.length });
      res.end(artifact.blob);
      return;
    }
    if (!artifact || req.method !== 'PUT') return blobError(res, 404, 'BlobNotFound', 'no such blob');
    const body = await readBody(req);
    const headers = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2023-11-03',
      date: new Date().toUTCString(),
    };
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return blobError(res, 400, 'InvalidQueryParameterValue', 'blockid missing');
      artifact.blocks.set(blockId, body);
      res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' });
      res.end();
      return;
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
        (m) => m[2]!,
      );
      const parts: Buffer[] = [];
      for (const blockId of ids) {
        const part = artifact.blocks.get(blockId);
        if (!part) return blobError(res, 400, 'InvalidBlockList', `unknown block ${blockId}`);
        parts.push(part);
      }
      artifact.blob = Buffer.concat(parts);
      const contentType = req.headers['x-ms-blob-content-type'];
      if (typeof contentType === 'string') artifact.blobContentType = contentType;
      res.writeHead(201, {
        ...headers,
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
      });
      res.end();
      return;
    }
    blobError(res, 400, 'InvalidQueryParameterValue', `unsupported comp=${comp}`);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname });
    const twirpMatch = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    if (twirpMatch && state.mode === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (twirpMatch && state.mode === '500') {
      void readBody(req).then(() => twirpError(res, 500, 'internal', 'stand-in failure'));
      return;
    }
    const handle = twirpMatch
      ? twirp(twirpMatch[1]!, req, res)
      : url.pathname.startsWith('/blobs/')
        ? blob(url, req, res)
        : Promise.resolve(twirpError(res, 404, 'bad_route', 'not found'));
    handle.catch((error: unknown) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.env = {
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_RESULTS_URL: `${state.url}/`,
    GITHUB_SERVER_URL: 'https://github.com',
  };
  return state;
}

/**
 * The files of a zip archive (central directory read; stored and deflated entries;
 * CRC-32 checked), e.g. to look inside the blob an artifact upload left.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory record');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
    if (!data) throw new Error(`unsupported compression method ${method} for ${name}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 mismatch`);
    if (!name.endsWith('/')) files.set(name, data);
  }
  return files;
}
