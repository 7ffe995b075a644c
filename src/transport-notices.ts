/**
 * What the log says before the load about how the target is reached: a warning when
 * certificates will not be verified (insecure-tls), and a line naming the proxy the
 * load goes through (a proxy adds its own latency). The action logs them with
 * `core`, the CLI on stderr.
 */
import type { Settings } from './config/settings.js';
import { proxyFor } from './engine/http/transport.js';

export interface TransportNotices {
  warnings: string[];
  info: string[];
}

export function transportNotices(settings: Pick<Settings, 'targetUrl' | 'transport'>): TransportNotices {
  const transport = settings.transport;
  const warnings: string[] = [];
  const info: string[] = [];
  if (transport?.tls.insecure) {
    warnings.push(
      "insecure-tls is true: the target's TLS certificate is not verified, so anything answering at that address is measured as the canary. Prefer ca-file.",
    );
  }
  const proxy = proxyFor(transport?.proxy, new URL(settings.targetUrl));
  if (proxy) {
    info.push(
      `The load goes through the proxy ${proxy.label} (from ${proxy.variable}); its latency is in every figure. NO_PROXY exempts a target.`,
    );
  }
  if (transport?.http2)
    info.push('HTTP/2 is offered to the target (http2: true); the protocol negotiated is recorded.');
  return { warnings, info };
}
