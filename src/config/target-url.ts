/**
 * The check every load target's URL gets (`target-url`, and `baseline-url`, which
 * receives the same traffic): an absolute http(s) URL without credentials, which would
 * otherwise appear in logs and reports.
 */
import { quote } from './describe.js';

/** Why a target URL is refused, or undefined when it is fine. The message never repeats a password. */
export function targetUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `got ${quote(text)}; expected an absolute http or https URL such as https://canary.example.com`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `got ${quote(text)}; expected an http or https URL such as https://canary.example.com (the scheme is ${url.protocol.slice(0, -1)})`;
  }
  if (url.username || url.password) {
    const shown = new URL(url.href);
    shown.username = shown.username ? '***' : '';
    shown.password = shown.password ? '***' : '';
    return `got ${quote(shown.href)}; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"`;
  }
  return undefined;
}
