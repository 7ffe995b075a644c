/**
 * A forward proxy on 127.0.0.1 (port 0) for tests: HTTP CONNECT tunnels (what https
 * targets and undici's proxy agents use) and absolute-form requests (what Node's own
 * agents send for http targets). It counts both, and can ask for credentials (407)
 * or refuse every tunnel (403).
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface TestProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** CONNECT tunnels opened, by `host:port` asked for. */
  tunnels: string[];
  /** Absolute-form requests forwarded, by URL. */
  forwarded: string[];
  /** `Proxy-Authorization` values received. */
  authorizations: string[];
  close(): Promise<void>;
}

export interface TestProxyOptions {
  /** Expected `Proxy-Authorization` value; others get 407. */
  authorization?: string;
  /** Answer every CONNECT with this status instead of tunnelling. */
  refuseWith?: number;
}

export async function startTestProxy(options: TestProxyOptions = {}): Promise<TestProxy> {
  const sockets = new Set<Socket>();
  const proxy = { tunnels: [] as string[], forwarded: [] as string[], authorizations: [] as string[] };
  const allowed = (request: http.IncomingMessage): boolean => {
    const given = request.headers['proxy-authorization'];
    if (given) proxy.authorizations.push(given);
    return options.authorization === undefined || given === options.authorization;
  };
  const server = http.createServer((request, response) => {
    if (!allowed(request)) {
      response.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const url = new URL(request.url ?? '/');
    proxy.forwarded.push(url.href);
    const upstream = http.request(
      url,
      { method: request.method, headers: { ...request.headers, host: url.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
    if (!allowed(request)) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n',
      );
      return;
    }
    if (options.refuseWith !== undefined) {
      client.end(`HTTP/1.1 ${options.refuseWith} Refused\r\n\r\n`);
      return;
    }
    const authority = request.url ?? '';
    proxy.tunnels.push(authority);
    const { hostname, port } = new URL(`http://${authority}`);
    const upstream = net.connect(Number(port), hostname.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
