/**
 * The integrations go through the environment's proxy: Slack (undici's fetch with
 * `EnvHttpProxyAgent`) and the Pushgateway (got on Node's agents with `proxyEnv`),
 * against a counting forward proxy, the Slack stand-in and a real Pushgateway, all on
 * 127.0.0.1. NO_PROXY sends them direct.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ProxySettings } from '../src/config/proxy-settings.js';
import { proxySettingsFrom } from '../src/config/proxy-settings.js';
import { publishPushgateway } from '../src/integrations/pushgateway.js';
import { publishSlack } from '../src/integrations/slack.js';
import { startTestProxy, type TestProxy } from './helpers/connect-proxy.js';
import { startPushgateway, type Pushgateway } from './helpers/pushgateway.js';
import { startSlackStandIn } from './helpers/slack-standin.js';

let proxy: TestProxy;
let gateway: Pushgateway;
beforeAll(async () => {
  proxy = await startTestProxy();
  gateway = await startPushgateway();
});
afterAll(async () => {
  await proxy.close();
  await gateway.stop();
});

function settingsFor(env: Record<string, string>): ProxySettings {
  const issues: string[] = [];
  const proxySettings = proxySettingsFrom(env, (where, message) => issues.push(`${where}: ${message}`));
  expect(issues).toEqual([]);
  return proxySettings!;
}

/** Requests the proxy passed on, either way (a CONNECT tunnel or an absolute-form request). */
const throughProxy = (): number => proxy.tunnels.length + proxy.forwarded.length;

describe('integrations behind a proxy', () => {
  it('Slack goes through HTTP_PROXY, and straight to the webhook when NO_PROXY names its host', async () => {
    const slack = await startSlackStandIn();
    try {
      const host = new URL(slack.url).host;
      const before = throughProxy();
      await publishSlack({
        webhookUrl: slack.url,
        message: { text: 'via proxy' },
        proxy: settingsFor({ HTTP_PROXY: proxy.url }),
      });
      expect(slack.received).toHaveLength(1);
      expect(throughProxy() - before).toBe(1);
      expect([...proxy.tunnels, ...proxy.forwarded].some((entry) => entry.includes(host))).toBe(true);

      const bypassBefore = throughProxy();
      await publishSlack({
        webhookUrl: slack.url,
        message: { text: 'direct' },
        proxy: settingsFor({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }),
      });
      expect(slack.received).toHaveLength(2);
      expect(throughProxy()).toBe(bypassBefore);
    } finally {
      await slack.close();
    }
  });

  it('the Pushgateway push goes through HTTP_PROXY and arrives', async () => {
    const before = throughProxy();
    const metrics = '# TYPE loadgate_proxy_test gauge\nloadgate_proxy_test 1\n';
    const pushed = await publishPushgateway({
      url: gateway.url,
      job: 'loadgate-proxy-test',
      metrics,
      proxy: settingsFor({ http_proxy: proxy.url }),
    });
    expect(pushed.statusCode).toBeLessThan(300);
    expect(throughProxy() - before).toBeGreaterThanOrEqual(1);
    expect(await gateway.metrics()).toContain('loadgate_proxy_test');
  });

  it('without a proxy the clients go direct', async () => {
    const before = throughProxy();
    const pushed = await publishPushgateway({
      url: gateway.url,
      job: 'loadgate-direct-test',
      metrics: '# TYPE loadgate_direct_test gauge\nloadgate_direct_test 1\n',
    });
    expect(pushed.statusCode).toBeLessThan(300);
    expect(throughProxy()).toBe(before);
  });
});
