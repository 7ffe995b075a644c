/**
 * A small, safe subset of JSONPath for captures, checks and tenant isolation:
 *
 *   path     ::= "$" { step }
 *   step     ::= "." name | "." "*" | "[" index "]" | "[" quoted "]" | "[" "*" "]"
 *              | ".." name                     ; the member at any depth
 *   name     ::= ( letter | digit | "_" | "-" | "$" ) { … }
 *   index    ::= [ "-" ] digits                 ; negative counts from the end
 *   quoted   ::= "'" chars "'" | '"' chars '"'  ; \ escapes the next character
 *
 * `$.access_token`, `$.data.items[0].id`, `$['tenant-id']`, `$.positions[*].tenant`,
 * `$..tenant` (every `tenant` member anywhere: what tenant isolation usually wants).
 * Filters and script expressions (`?(…)`, `(…)`) are not supported: a path is parsed
 * into steps once and evaluated by walking the value; nothing in it is ever run as
 * code (unlike JSONPath libraries that evaluate filter expressions).
 */

export class JsonPathSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPathSyntaxError';
  }
}

export type JsonPathStep =
  | { kind: 'member'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'wildcard' }
  | { kind: 'descendant'; name: string };

export interface JsonPath {
  readonly source: string;
  readonly steps: readonly JsonPathStep[];
  /** True when a step can match several values (`*`). */
  readonly multiple: boolean;
}

const EXPECTED =
  "expected a JSON path such as $.access_token, $.items[0].id, $['tenant-id'], $.items[*].tenant or $..tenant";

function isNameChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    char === '_' ||
    char === '-' ||
    char === '$' ||
    code > 127
  );
}

/** Parses a path. Throws {@link JsonPathSyntaxError} with the position of the problem. */
export function parseJsonPath(source: string): JsonPath {
  const text = source.trim();
  const problem = (at: number, what: string): never => {
    throw new JsonPathSyntaxError(
      `got ${JSON.stringify(source)}: ${what} at character ${at + 1}; ${EXPECTED}`,
    );
  };
  if (!text.startsWith('$')) problem(0, 'it does not start with "$"');
  const steps: JsonPathStep[] = [];
  let i = 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '.') {
      i++;
      let descendant = false;
      if (text[i] === '.') {
        descendant = true;
        i++;
      }
      if (text[i] === '*') {
        if (descendant) problem(i, '"..*" is not supported (use ..name)');
        steps.push({ kind: 'wildcard' });
        i++;
        continue;
      }
      let name = '';
      while (i < text.length && isNameChar(text[i]!)) name += text[i++];
      if (name === '') problem(i, `a name is missing after "${descendant ? '..' : '.'}"`);
      steps.push(descendant ? { kind: 'descendant', name } : { kind: 'member', name });
    } else if (char === '[') {
      i++;
      const next = text[i];
      if (next === '*') {
        if (text[i + 1] !== ']') problem(i + 1, 'expected "]"');
        steps.push({ kind: 'wildcard' });
        i += 2;
      } else if (next === "'" || next === '"') {
        const quote = next;
        let name = '';
        i++;
        while (i < text.length && text[i] !== quote) {
          if (text[i] === '\\' && i + 1 < text.length) i++;
          name += text[i++];
        }
        if (i >= text.length) problem(i, `the quoted name is not closed with ${quote}`);
        i++;
        if (text[i] !== ']') problem(i, 'expected "]"');
        i++;
        steps.push({ kind: 'member', name });
      } else {
        let digits = '';
        if (text[i] === '-') digits += text[i++];
        while (i < text.length && text[i]! >= '0' && text[i]! <= '9') digits += text[i++];
        if (digits === '' || digits === '-') {
          problem(
            i,
            next === '?' || next === '('
              ? 'filter and script expressions are not supported'
              : 'expected an index, a quoted name or *',
          );
        }
        if (text[i] !== ']') problem(i, 'expected "]"');
        i++;
        steps.push({ kind: 'index', index: Number(digits) });
      }
    } else {
      problem(i, `unexpected ${JSON.stringify(char)}`);
    }
  }
  return {
    source,
    steps,
    multiple: steps.some((step) => step.kind === 'wildcard' || step.kind === 'descendant'),
  };
}

/** Every value the path selects in `value` (an empty list when it selects nothing). */
export function selectAll(path: JsonPath, value: unknown): unknown[] {
  let current: unknown[] = [value];
  for (const step of path.steps) {
    const next: unknown[] = [];
    for (const item of current) {
      if (item === null || typeof item !== 'object') continue;
      if (step.kind === 'member') {
        if (!Array.isArray(item) && Object.hasOwn(item, step.name)) {
          next.push((item as Record<string, unknown>)[step.name]);
        }
      } else if (step.kind === 'index') {
        if (Array.isArray(item)) {
          const index = step.index < 0 ? item.length + step.index : step.index;
          if (index >= 0 && index < item.length) next.push(item[index]);
        }
      } else if (step.kind === 'descendant') {
        collectDescendants(item, step.name, next);
      } else if (Array.isArray(item)) {
        next.push(...item);
      } else {
        next.push(...Object.values(item));
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** Values of every `name` member at any depth under `root`, in document order (iterative: no recursion limit). */
function collectDescendants(root: object, name: string, out: unknown[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item) && Object.hasOwn(item, name)) out.push((item as Record<string, unknown>)[name]);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The first value the path selects, or undefined. */
export function selectFirst(path: JsonPath, value: unknown): unknown {
  return selectAll(path, value)[0];
}

/** A selected value as text: strings as they are, other scalars by JSON, objects and lists by JSON too. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
