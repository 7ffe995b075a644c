/**
 * What the YAML parser accepts but a config must not hold, found on the parsed
 * Document's nodes (before any JavaScript object is built, since `toJS` may drop a
 * `__proto__` key or set a prototype with it):
 * - keys that name object internals (`__proto__`, `constructor`, `prototype`);
 * - aliases (and merge keys, `<<: *a`) that multiply into a huge value ("billion laughs").
 * Each is reported at the line of the key it sits under.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

import { excerpt } from '../describe.js';

/** Keys that would reach an object's prototype or constructor. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Most values a document may expand to through aliases: real configs hold a few hundred. */
export const MAX_EXPANDED_VALUES = 100_000;

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

export interface YamlRefusal {
  line: number;
  col: number;
  /** The path of the key, for the message's `(headers.__proto__)`. */
  path: PropertyKey[];
  message: string;
}

type Visit = (node: unknown, path: PropertyKey[], keyNode: unknown) => void;

/** Refusals of the document, in file order (empty when it is safe to convert). */
export function yamlRefusals(doc: Document, lines: LineCounter): YamlRefusal[] {
  const refusals: YamlRefusal[] = [];
  const at = (node: unknown, path: PropertyKey[], message: string): void => {
    refusals.push({ ...lines.linePos(startOf(node) ?? 0), path, message });
  };
  walk(doc.contents, [], undefined, (node, path, keyNode) => {
    const key = path.at(-1);
    if (node === keyNode && typeof key === 'string' && isUnsafeKey(key)) {
      at(
        keyNode,
        path,
        `got the key ${excerpt(key)}, a name JavaScript reserves for object internals; expected a setting or header name`,
      );
    }
  });
  if (refusals.length) return refusals;
  const bomb = expansionOver(doc, MAX_EXPANDED_VALUES);
  if (bomb) at(bomb.keyNode ?? bomb.node, bomb.path, expansionMessage(MAX_EXPANDED_VALUES));
  return refusals;
}

/**
 * Where the aliases multiply, for when the parser's own alias limit is hit first:
 * the deepest key whose value expands to more than `limit` values, or the first alias.
 */
export function aliasRefusal(doc: Document, lines: LineCounter, limit: number): YamlRefusal {
  const found = expansionOver(doc, limit) ?? firstAlias(doc);
  const node = found?.keyNode ?? found?.node;
  return {
    ...lines.linePos(startOf(node) ?? 0),
    path: found?.path ?? [],
    message: expansionMessage(limit),
  };
}

function expansionMessage(limit: number): string {
  return `the aliases here expand to more than ${limit} values (repeated *alias or << merges); expected anchors and aliases that repeat a few values, not a structure that multiplies`;
}

interface Found {
  node: unknown;
  keyNode: unknown;
  path: PropertyKey[];
}

/** The deepest key (or item) whose value expands, through aliases, to more than `limit` values. */
function expansionOver(doc: Document, limit: number): Found | undefined {
  const sizes = new Map<unknown, number>();
  const size = (node: unknown): number => {
    if (isAlias(node)) node = node.resolve(doc);
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // an alias to an enclosing node counts as endless
    let total = 1;
    for (const item of node.items) {
      total += isPair(item) ? size(item.key) + size(item.value) : size(item);
      if (total > limit) break;
    }
    sizes.set(node, total);
    return total;
  };
  if (size(doc.contents) <= limit || !hasAlias(doc.contents)) return undefined;
  let found: Found = { node: doc.contents, keyNode: undefined, path: [] };
  for (;;) {
    const current = isAlias(found.node) ? undefined : found.node;
    let next: Found | undefined;
    if (isMap(current)) {
      for (const pair of current.items) {
        if (size(pair.value) > limit) {
          next = { node: pair.value, keyNode: pair.key, path: [...found.path, keyOf(pair.key)] };
          break;
        }
      }
    } else if (isSeq(current)) {
      const index = current.items.findIndex((item) => size(item) > limit);
      if (index >= 0) next = { node: current.items[index], keyNode: undefined, path: [...found.path, index] };
    }
    if (!next) return found;
    found = next;
  }
}

function hasAlias(root: unknown): boolean {
  let seen = false;
  walk(root, [], undefined, (node) => {
    if (isAlias(node) || (isScalar(node) && typeof node.value === 'symbol')) seen = true;
  });
  return seen;
}

function firstAlias(doc: Document): Found | undefined {
  let found: Found | undefined;
  walk(doc.contents, [], undefined, (node, path, keyNode) => {
    if (!found && isAlias(node)) found = { node, keyNode, path };
  });
  return found;
}

/** Visits every node once, in file order, without following aliases. */
function walk(node: unknown, path: PropertyKey[], keyNode: unknown, visit: Visit): void {
  visit(node, path, keyNode);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyOf(pair.key);
      if (isScalar(pair.key)) visit(pair.key, [...path, key], pair.key);
      walk(pair.value, [...path, key], pair.key, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, index], undefined, visit));
  }
}

function keyOf(key: unknown): PropertyKey {
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value);
  return '?';
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
