/**
 * The proxy a runner behind a corporate proxy sets in its environment: `HTTPS_PROXY`,
 * `HTTP_PROXY`, `NO_PROXY` (lower case first, as curl and undici read them; an https
 * request with no HTTPS proxy uses the HTTP proxy). They apply to the load and to the
 * integrations alike. A proxy URL may carry credentials: they become a
 * `Proxy-Authorization` header, are masked, and are never shown (reports name the
 * proxy by `scheme://host:port` only).
 */
import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';

export interface ProxyServer {
  /** `http://host:port` or `https://host:port`: no credentials. */
  origin: string;
  /** `host:port`, as reports show it. */
  label: string;
  /** `Basic …` from the URL's credentials; a secret. */
  authorization?: string;
  /** The variable it came from, e.g. `HTTPS_PROXY`. */
  variable: string;
}

export interface ProxySettings {
  http?: ProxyServer;
  https?: ProxyServer;
  /** The NO_PROXY text as given (for undici's agent in the integrations). */
  noProxy: string;
  /** The full URLs as given, for undici's `EnvHttpProxyAgent` (secrets: may hold credentials). */
  httpUrl?: string;
  httpsUrl?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** The variable's value, lower case first; '' counts as not set. */
function fromEnv(env: Environment, name: string): { variable: string; value: string } | undefined {
  for (const variable of [name.toLowerCase(), name]) {
    const value = env[variable]?.trim();
    if (value) return { variable, value };
  }
  return undefined;
}

function proxyServer(variable: string, value: string, add: AddIssue): ProxyServer | undefined {
  const where = `environment variable ${variable}`;
  let url: URL;
  try {
    // `proxy:3128` without a scheme is an http proxy, as curl reads it.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    add(where, `got a value that is not a URL; expected a proxy URL such as http://proxy.example.com:3128`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    add(
      where,
      `got the scheme ${quote(url.protocol)}; expected an http or https proxy URL such as http://proxy.example.com:3128`,
    );
    return undefined;
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const server: ProxyServer = {
    origin: `${url.protocol}//${url.host}`,
    label: `${url.hostname}:${port}`,
    variable,
  };
  if (url.username || url.password) {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    server.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  return server;
}

/** The proxy settings the environment gives; undefined when a variable is not a proxy URL (reported). */
export function proxySettingsFrom(env: Environment, add: AddIssue): ProxySettings | undefined {
  const http = fromEnv(env, 'HTTP_PROXY');
  const https = fromEnv(env, 'HTTPS_PROXY');
  const noProxy = fromEnv(env, 'NO_PROXY')?.value ?? '';
  const httpServer = http ? proxyServer(http.variable, http.value, add) : undefined;
  const httpsServer = https ? proxyServer(https.variable, https.value, add) : httpServer;
  if ((http && !httpServer) || (https && !httpsServer)) return undefined;
  return {
    ...(httpServer ? { http: httpServer, httpUrl: http!.value } : {}),
    ...(httpsServer ? { https: httpsServer, httpsUrl: https?.value ?? http!.value } : {}),
    noProxy,
  };
}

/** Values to mask: the credentials of proxy URLs and the headers made of them. */
export function proxySecrets(proxy: ProxySettings | undefined): string[] {
  if (!proxy) return [];
  const secrets = new Set<string>();
  for (const [server, text] of [
    [proxy.http, proxy.httpUrl],
    [proxy.https, proxy.httpsUrl],
  ] as const) {
    if (!server?.authorization || !text) continue;
    secrets.add(server.authorization);
    secrets.add(server.authorization.slice('Basic '.length));
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
      if (url.password) secrets.add(decodeURIComponent(url.password));
      secrets.add(text);
    } catch {
      secrets.add(text);
    }
  }
  return [...secrets];
}
