/**
 * Headers, from the `headers` input (`Name: value` lines) or a mapping of the config
 * file (global or per endpoint). They are checked here, with the other settings, so a
 * header the HTTP client would refuse is reported at its line before any load. Values
 * may be secrets: a refused value is never quoted back, only its header name and
 * location.
 */
import { quote } from './describe.js';
import { isUnsafeKey } from './file/yaml-guards.js';
import { meaningfulLines } from './inputs.js';
import { INVALID, type Invalid, type Issues } from './layers/layer.js';
import { HEADER_NAME_PATTERN } from './schema/endpoint-schema.js';
import { isSensitiveHeader } from './secrets.js';

const HEADER_NAME_RE = new RegExp(HEADER_NAME_PATTERN);
/** What HTTP allows in a field value: tab, visible ASCII, space and obs-text (Latin-1). */
const NOT_IN_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Why a header value cannot be sent, or undefined. Template placeholders (`{{token}}`)
 * are ASCII, so the literal part of a templated value is checked the same way. For a
 * sensitive header the character itself is not named.
 */
export function headerValueProblem(name: string, value: string): string | undefined {
  const bad = NOT_IN_FIELD_VALUE.exec(value);
  if (!bad) return undefined;
  const char = bad[0];
  const at = `at character ${bad.index + 1}`;
  const shown = isSensitiveHeader(name)
    ? ''
    : ` (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  const header = `for header ${quote(name)}`;
  if (char === '\r' || char === '\n') return `got a value with a line break ${header}; expected one line`;
  if (char.charCodeAt(0) < 0x20 || char === '\x7f') {
    return `got a value with a control character${shown} ${at} ${header}; expected printable text`;
  }
  return `got a value with a character outside Latin-1${shown} ${at} ${header}; expected Latin-1 text: use percent-encoding for other characters`;
}

/** The `headers` input: one `Name: value` per line. */
export function headerLines(text: string, where: string, issues: Issues): Record<string, string> | Invalid {
  const headers: Record<string, string> = {};
  let ok = true;
  // A lone CR stays inside its line, and is refused there as a line break.
  for (const { line, text: entry } of meaningfulLines(text)) {
    const lineWhere = `${where} line ${line}`;
    const colon = entry.indexOf(':');
    const name = colon < 0 ? '' : entry.slice(0, colon).trim();
    const value = entry.slice(colon + 1).trim();
    const problem = colon < 0 ? undefined : headerValueProblem(name, value);
    if (colon < 0) {
      // The line is not quoted back: it may hold a secret.
      issues.add(
        lineWhere,
        'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"',
      );
      ok = false;
    } else if (!HEADER_NAME_RE.test(name) || isUnsafeKey(name)) {
      issues.add(
        lineWhere,
        `got the header name ${quote(name)}; expected "Name: value" with a name such as X-Api-Key (no spaces)`,
      );
      ok = false;
    } else if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
      issues.add(lineWhere, `got the header ${quote(name)} a second time; expected each header once`);
      ok = false;
    } else if (problem) {
      issues.add(lineWhere, problem);
      ok = false;
    } else {
      headers[name] = value;
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
    const problem = headerValueProblem(name, value);
    if (problem) {
      // The value is not quoted back: it may hold a secret.
      issues.add(locate(name), problem);
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
