/**
 * The environment's proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) for the integrations
 * that do not honour it by themselves. Which client each integration uses:
 *
 * - Slack (`@slack/webhook`): the global `fetch`, which ignores the proxy variables
 *   unless Node runs with NODE_USE_ENV_PROXY, so it gets undici's `fetch` with an
 *   `EnvHttpProxyAgent` when a proxy is set.
 * - Pushgateway (got, on Node's `http`/`https`): Node's agents with `proxyEnv`.
 * - GitHub API (PR comment, check run, baseline artifact) and the artifact upload: the
 *   `@actions/*` clients read the variables themselves (`@actions/http-client`).
 *
 * Without a proxy nothing changes: the default clients are used as before.
 */
import http from 'node:http';
import https from 'node:https';

import type { ProxySettings } from '../config/proxy-settings.js';

/** Where the integrations read the proxy from: the run's settings, else (a config error) the environment. */
export type ProxySource = ProxySettings | NodeJS.ProcessEnv;

function variables(source: ProxySource): { http?: string; https?: string; noProxy: string } {
  if ('noProxy' in source && typeof source.noProxy === 'string') {
    const settings = source as ProxySettings;
    return {
      ...(settings.httpUrl ? { http: settings.httpUrl } : {}),
      ...(settings.httpsUrl ? { https: settings.httpsUrl } : {}),
      noProxy: settings.noProxy,
    };
  }
  const env = source as NodeJS.ProcessEnv;
  const read = (name: string): string | undefined =>
    env[name.toLowerCase()]?.trim() || env[name]?.trim() || undefined;
  const httpUrl = read('HTTP_PROXY');
  const httpsUrl = read('HTTPS_PROXY') ?? httpUrl;
  return {
    ...(httpUrl ? { http: httpUrl } : {}),
    ...(httpsUrl ? { https: httpsUrl } : {}),
    noProxy: read('NO_PROXY') ?? '',
  };
}

/** A `fetch` that goes through the proxy, or undefined when none is set (use the global one). */
export async function proxiedFetch(source: ProxySource | undefined): Promise<typeof fetch | undefined> {
  const proxy = source ? variables(source) : undefined;
  if (!proxy || (!proxy.http && !proxy.https)) return undefined;
  const { EnvHttpProxyAgent, fetch: undiciFetch } = await import('undici');
  // '' (not undefined): the agent must not fall back to process.env for a variable the settings left unset.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: proxy.http ?? '',
    httpsProxy: proxy.https ?? '',
    noProxy: proxy.noProxy,
  });
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher })) as unknown as typeof fetch;
}

/** Node agents for got that go through the proxy, or undefined when none is set. */
export function proxyAgents(
  source: ProxySource | undefined,
): { http: http.Agent; https: https.Agent } | undefined {
  const proxy = source ? variables(source) : undefined;
  if (!proxy || (!proxy.http && !proxy.https)) return undefined;
  const proxyEnv = {
    ...(proxy.http ? { HTTP_PROXY: proxy.http } : {}),
    ...(proxy.https ? { HTTPS_PROXY: proxy.https } : {}),
    NO_PROXY: proxy.noProxy,
  };
  return { http: new http.Agent({ proxyEnv }), https: new https.Agent({ proxyEnv }) };
}
