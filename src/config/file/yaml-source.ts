/**
 * YAML text parsed with positions kept, so that a problem found in the parsed value
 * (by path) can be reported at its line and column.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';

import { excerpt, EXCERPT_LENGTH, shorten } from '../describe.js';
import { aliasRefusal, yamlRefusals, type YamlRefusal } from './yaml-guards.js';

export type { YamlRefusal } from './yaml-guards.js';

export type ValuePath = readonly PropertyKey[];

export interface YamlPosition {
  line: number;
  col: number;
}

export interface YamlSyntaxProblem extends YamlPosition {
  message: string;
}

export interface YamlSource {
  /** The parsed value (`undefined` for an empty document); only meaningful when `problems` is empty. */
  value: unknown;
  /**
   * The first syntax error, at its line and column (empty when there is none). Later
   * errors are mostly consequences of the first, so they are left out.
   */
  problems: YamlSyntaxProblem[];
  /**
   * Well-formed YAML a config must not hold (reserved keys, alias bombs), each at the
   * line of its key. When there are any, `value` is undefined.
   */
  refused: YamlRefusal[];
  /**
   * Line and column of the node at `path` (of its key, with `atKey`), or of the
   * nearest enclosing node that exists.
   */
  position(path: ValuePath, atKey?: boolean): YamlPosition;
}

export function parseYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true });
  const problems = doc.errors.slice(0, 1).map((error) => ({
    ...lineCounter.linePos(error.pos[0]),
    // The parser's own words, cut short: they may carry a piece of the text.
    message: shorten(error.message.replace(/\s+/g, ' ').trim(), 200),
  }));
  let refused: YamlRefusal[] = problems.length === 0 ? yamlRefusals(doc, lineCounter) : [];
  let value: unknown;
  if (problems.length === 0 && refused.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // "Excessive alias count": the parser's own guard against alias bombs.
      if (!(error instanceof ReferenceError)) throw error;
      refused = [aliasRefusal(doc, lineCounter, MAX_ALIAS_COUNT)];
    }
  }
  return {
    value: value === null ? undefined : value,
    problems,
    refused,
    position: (path, atKey = false) => lineCounter.linePos(offsetAt(doc, path, atKey)),
  };
}

/** The parser's limit on alias uses (`toJS({maxAliasCount})`). */
const MAX_ALIAS_COUNT = 1000;

/** `thresholds[1]`, `environments.staging.ramp-up`, `headers["X Bad"]`. */
export function formatPath(path: ValuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)) && String(segment).length <= EXCERPT_LENGTH)
      out += `${out ? '.' : ''}${String(segment)}`;
    else out += `[${excerpt(String(segment))}]`;
  }
  return out;
}

function offsetAt(doc: Document, path: ValuePath, atKey: boolean): number {
  let node: unknown = doc.contents;
  let best = startOf(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return best;
      const keyStart = startOf(pair.key);
      const valueStart = startOf(pair.value);
      if (isLast && atKey && keyStart !== undefined) return keyStart;
      // `key:` with no value: point at the key.
      best = (isScalar(pair.value) && pair.value.value === null ? undefined : valueStart) ?? keyStart ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      best = startOf(item) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
