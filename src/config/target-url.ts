/**
 * The rules for a URL the load is sent to (`target-url`, and any later URL input such
 * as a baseline's): absolute http(s), one line without blanks or control characters
 * (the URL parser would drop a tab or line break silently), a port from 1 to 65535,
 * a host name DNS allows, no credentials. Each mistake has its own message, quoting
 * an excerpt of the value and never a password.
 */
import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';

const EXAMPLE = 'such as https://canary.example.com';
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** Why the URL is refused, or undefined when it is fine. */
export function targetUrlProblem(text: string): string | undefined {
  // Control characters are what this looks for: the URL parser would drop some silently.
  // eslint-disable-next-line no-control-regex
  const odd = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.exec(text);
  if (odd) {
    return `got ${quote(text)}, which holds ${describeCharacter(odd[0])} at character ${odd.index + 1}; expected one URL without blanks or control characters, ${EXAMPLE}`;
  }
  const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d+)(?=$|[/?#])/i.exec(text)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return `got ${quote(text)}, whose port ${quote(port)} is out of range; expected a port from 1 to 65535 (or none), ${EXAMPLE}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `got ${quote(text)}; expected an absolute http or https URL ${EXAMPLE}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `got ${quote(text)}; expected an http or https URL ${EXAMPLE} (the scheme is ${url.protocol.slice(0, -1)})`;
  }
  if (url.username || url.password) {
    const shown = new URL(url.href);
    shown.username = shown.username ? '***' : '';
    shown.password = shown.password ? '***' : '';
    return `got ${quote(shown.href)}; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"`;
  }
  const host = url.hostname.replace(/\.$/, '');
  if (!host.startsWith('[')) {
    if (host.length > MAX_HOST_LENGTH) {
      return `got ${quote(text)}, whose host name has ${host.length} characters; expected at most ${MAX_HOST_LENGTH} (the DNS limit), ${EXAMPLE}`;
    }
    const long = host.split('.').find((label) => label.length > MAX_LABEL_LENGTH);
    if (long !== undefined) {
      return `got ${quote(text)}, whose host name has a label (part between dots) of ${long.length} characters; expected at most ${MAX_LABEL_LENGTH} (the DNS limit), ${EXAMPLE}`;
    }
  }
  return undefined;
}

/** Checks a URL the load goes to; reports the problem at `where`. Returns whether it is usable. */
export function checkTargetUrl(value: string, where: string, add: AddIssue): boolean {
  const problem = targetUrlProblem(value);
  if (problem) add(where, problem);
  return problem === undefined;
}

function describeCharacter(char: string): string {
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  if (char === ' ') return 'a space';
  return `a control character (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
