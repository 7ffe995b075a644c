/**
 * Checks and captures, compiled once per run from the settings and applied to each
 * response through a {@link ResponseView}. Paths are parsed once; a `matches`
 * pattern is compiled once and applied to at most {@link MAX_MATCH_CHARS} characters.
 */
import type { CaptureSettings, CheckSettings } from '../../config/settings.js';
import { parseJsonPath, selectAll, selectFirst, valueText, type JsonPath } from '../../syntax/json-path.js';
import type { ResponseView } from '../http/response-view.js';

/** A `matches` pattern sees at most this many characters of a value. */
export const MAX_MATCH_CHARS = 10_000;

export interface CompiledCheck {
  name: string;
  /** Slot in the run's check counters. */
  slot: number;
  needsBody: boolean;
  needsHeaders: boolean;
  /** Whether the response passes. */
  test(response: ResponseView): boolean;
}

export interface CompiledCapture {
  name: string;
  needsBody: boolean;
  /** The captured text, or undefined when the response does not hold it. */
  read(response: ResponseView): string | undefined;
}

function jsonEquals(value: unknown, expected: string | number | boolean | null): boolean {
  if (value === expected) return true;
  if (typeof expected === 'string') return typeof value !== 'object' && valueText(value) === expected;
  return false;
}

export function compileCheck(check: CheckSettings, slot: number): CompiledCheck {
  const conditions: ((response: ResponseView) => boolean)[] = [];
  let needsBody = false;
  let needsHeaders = false;
  if (check.status !== undefined) {
    const statuses = new Set(check.status);
    conditions.push((response) => statuses.has(response.status));
  }
  if (check.json !== undefined) {
    needsBody = true;
    const path: JsonPath = parseJsonPath(check.json.path);
    const { exists, equals, matches } = check.json;
    const pattern = matches === undefined ? undefined : new RegExp(matches);
    conditions.push((response) => {
      const json = response.json();
      if (json === undefined) return false;
      const selected = selectAll(path, json.value);
      if (exists !== undefined && selected.length > 0 !== exists) return false;
      if (equals !== undefined && !(selected.length > 0 && jsonEquals(selected[0], equals))) return false;
      if (pattern !== undefined) {
        if (selected.length === 0) return false;
        return pattern.test(valueText(selected[0]).slice(0, MAX_MATCH_CHARS));
      }
      return true;
    });
  }
  if (check.bodyContains !== undefined) {
    needsBody = true;
    const text = check.bodyContains;
    conditions.push((response) => response.status > 0 && response.text().includes(text));
  }
  if (check.header !== undefined) {
    needsHeaders = true;
    const { name, equals } = check.header;
    conditions.push((response) => response.header(name) === equals);
  }
  if (check.maxDurationMs !== undefined) {
    const limit = check.maxDurationMs;
    conditions.push((response) => response.status > 0 && response.latencyMs <= limit);
  }
  return {
    name: check.name,
    slot,
    needsBody,
    needsHeaders,
    test: (response) => conditions.every((condition) => condition(response)),
  };
}

export function compileCapture(capture: CaptureSettings): CompiledCapture {
  if (capture.from === 'header') {
    const name = capture.path;
    return { name: capture.name, needsBody: false, read: (response) => response.header(name) };
  }
  const path = parseJsonPath(capture.path);
  return {
    name: capture.name,
    needsBody: true,
    read: (response) => {
      const json = response.json();
      if (json === undefined) return undefined;
      const value = selectFirst(path, json.value);
      return value === undefined || value === null ? undefined : valueText(value);
    },
  };
}
