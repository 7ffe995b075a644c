/**
 * A local Slack incoming-webhook stand-in: `POST /services/<team>/<bot>/<secret>` with a
 * JSON body, answered `200 ok` like Slack does. It records every JSON body it received.
 *
 * Modes: `ok`; `500` (Slack's `500 internal_error`); `hang` (never answers);
 * `refused` (`url` points at a port nobody listens on).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export type SlackStandInMode = 'ok' | '500' | 'hang' | 'refused';

export interface SlackStandIn {
  /** The webhook URL; its last path segment plays the secret. */
  url: string;
  /** JSON bodies received, in order. */
  received: unknown[];
  /** Requests seen (any outcome). */
  hits: number;
  close(): Promise<void>;
}

/** A URL on 127.0.0.1 whose port was just free: connecting to it is refused. */
export async function refusedUrl(path = '/'): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}

export async function startSlackStandIn(mode: SlackStandInMode = 'ok'): Promise<SlackStandIn> {
  const secretPath = `/services/T0LOADGATE/B0STANDIN/${randomBytes(12).toString('hex')}`;
  const received: unknown[] = [];
  const hanging = new Set<http.ServerResponse>();
  const state: SlackStandIn = {
    url: '',
    received,
    hits: 0,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    state.hits++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (mode === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (req.method !== 'POST' || req.url !== secretPath) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('no_service');
        return;
      }
      if (mode === '500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal_error');
        return;
      }
      try {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('invalid_payload');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('ok');
    });
  });
  if (mode === 'refused') {
    state.url = await refusedUrl(secretPath);
    state.close = async () => undefined;
    return state;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}${secretPath}`;
  return state;
}
