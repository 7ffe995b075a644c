/**
 * Headers, from the `headers` input (`Name: value` lines) or a mapping of the config
 * file (global or per endpoint). Values may be secrets: a refused value is never
 * quoted back, only its header name and location.
 */
import { quote } from './describe.js';
import { meaningfulLines } from './inputs.js';
import { INVALID, type Invalid, type Issues } from './layers/layer.js';
import { HEADER_NAME_PATTERN } from './schema/endpoint-schema.js';

/** The `headers` input: one `Name: value` per line. */
export function headerLines(text: string, where: string, issues: Issues): Record<string, string> | Invalid {
  const headers: Record<string, string> = {};
  let ok = true;
  for (const { line, text: entry } of meaningfulLines(text)) {
    const lineWhere = `${where} line ${line}`;
    const colon = entry.indexOf(':');
    const name = colon < 0 ? '' : entry.slice(0, colon).trim();
    if (colon < 0) {
      // The line is not quoted back: it may hold a secret.
      issues.add(
        lineWhere,
        'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"',
      );
      ok = false;
    } else if (!new RegExp(HEADER_NAME_PATTERN).test(name)) {
      issues.add(
        lineWhere,
        `got the header name ${quote(name)}; expected "Name: value" with a name such as X-Api-Key (no spaces)`,
      );
      ok = false;
    } else if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
      issues.add(lineWhere, `got the header ${quote(name)} a second time; expected each header once`);
      ok = false;
    } else {
      headers[name] = entry.slice(colon + 1).trim();
    }
  }
  return ok ? headers : INVALID;
}

/** A `headers:` mapping of the config file (names already checked by the schema). */
export function headerRecord(
  headers: Record<string, string | number | boolean>,
  locate: (name: string) => string,
  issues: Issues,
): Record<string, string> | Invalid {
  const out: Record<string, string> = {};
  let ok = true;
  for (const [name, raw] of Object.entries(headers)) {
    const value = String(raw);
    if (/[\r\n]/.test(value)) {
      // The value is not quoted back: it may hold a secret.
      issues.add(locate(name), `got a value with a line break for header ${quote(name)}; expected one line`);
      ok = false;
    } else if (Object.keys(out).some((known) => known.toLowerCase() === name.toLowerCase())) {
      issues.add(
        locate(name),
        `got the header ${quote(name)} a second time (names ignore case); expected each header once`,
      );
      ok = false;
    } else {
      out[name] = value;
    }
  }
  return ok ? out : INVALID;
}
