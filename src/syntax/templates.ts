/**
 * Request templates: `{{ name }}` and `{{ generator args }}` inside paths, header
 * values and bodies. A template is data, never a script: the text is split once into
 * literal parts and lookups by a hand-written scanner (no eval, no Function, no
 * regular expression built from the text), and rendering only concatenates.
 *
 *   template   ::= { literal | "{{" blanks reference blanks "}}" }
 *   reference  ::= name | generator { blanks argument }
 *   name       ::= letter { letter | digit | "_" | "-" | "." }   ; a data column or a capture
 *   generator  ::= "uuid" | "timestamp" | "randomInt" integer integer
 *
 * A bare name is looked up among the VU's captures first, then its data record; a
 * name that is neither but is a generator without arguments (`uuid`, `timestamp`)
 * is that generator. Whether every name is known is checked before any load
 * (config/traffic/traffic-settings.ts), so at run time a name only lacks a value
 * when it is a capture not made yet: it renders as the empty string (a header made
 * only of such values is left out).
 */
import { randomUUID } from 'node:crypto';

export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

/** The generators a template may call, with their argument counts. */
export const GENERATORS = {
  uuid: { arity: 0, usage: '{{uuid}}' },
  timestamp: { arity: 0, usage: '{{timestamp}} (milliseconds since 1970)' },
  randomInt: { arity: 2, usage: '{{randomInt MIN MAX}} (whole numbers, MIN ≤ MAX)' },
} as const;
export type GeneratorName = keyof typeof GENERATORS;
export const GENERATOR_NAMES = Object.keys(GENERATORS) as GeneratorName[];

export type TemplatePart =
  | { kind: 'literal'; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'generator'; generator: GeneratorName; args: number[] };

export interface Template {
  /** The text as written. */
  readonly source: string;
  readonly parts: readonly TemplatePart[];
  /** True when the text holds no `{{ }}`: render returns it unchanged. */
  readonly isStatic: boolean;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}
function isBlank(char: string): boolean {
  return char === ' ' || char === '\t';
}

function isName(word: string): boolean {
  if (word.length === 0 || !isLetter(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (!isNameChar(word.charCodeAt(i))) return false;
  return true;
}

function isInteger(word: string): boolean {
  let i = word.startsWith('-') ? 1 : 0;
  if (i === word.length || word.length - i > 15) return false;
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of text) {
    if (isBlank(char)) {
      if (word) words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word) words.push(word);
  return words;
}

function reference(inner: string): TemplatePart {
  const words = splitWords(inner);
  const [head, ...args] = words;
  if (head === undefined)
    throw new TemplateSyntaxError('got an empty "{{ }}"; expected a name such as {{email}}');
  if (!isName(head)) {
    throw new TemplateSyntaxError(
      `got "{{${inner}}}"; expected a name (letters, digits, _ - .) such as {{email}}, or a generator such as {{uuid}}`,
    );
  }
  const generator = Object.hasOwn(GENERATORS, head) ? GENERATORS[head as GeneratorName] : undefined;
  if (args.length === 0) {
    if (generator !== undefined && generator.arity > 0) {
      throw new TemplateSyntaxError(
        `got "{{${inner}}}"; ${head} takes ${generator.arity} arguments: ${generator.usage}`,
      );
    }
    return { kind: 'name', name: head };
  }
  if (generator === undefined) {
    throw new TemplateSyntaxError(
      `got "{{${inner}}}": ${JSON.stringify(head)} is not a generator, and names take no arguments; expected a name such as {{email}} or one of the generators ${GENERATOR_NAMES.map((name) => GENERATORS[name].usage).join(', ')}`,
    );
  }
  if (args.length !== generator.arity) {
    throw new TemplateSyntaxError(
      `got "{{${inner}}}"; ${head} takes ${generator.arity === 0 ? 'no arguments' : `${generator.arity} arguments`}: ${generator.usage}`,
    );
  }
  if (!args.every(isInteger)) {
    throw new TemplateSyntaxError(`got "{{${inner}}}"; expected whole numbers: ${generator.usage}`);
  }
  const numbers = args.map(Number);
  if (head === 'randomInt' && numbers[0]! > numbers[1]!) {
    throw new TemplateSyntaxError(`got "{{${inner}}}"; expected MIN ≤ MAX: ${generator.usage}`);
  }
  return { kind: 'generator', generator: head as GeneratorName, args: numbers };
}

/** Splits `text` into literal parts and references. Throws {@link TemplateSyntaxError}. */
export function parseTemplate(text: string): Template {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, open);
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      throw new TemplateSyntaxError(
        `got "{{" without "}}" in ${JSON.stringify(text)}; expected {{name}} such as {{email}}`,
      );
    }
    const inner = text.slice(open + 2, close);
    if (inner.includes('{{')) {
      throw new TemplateSyntaxError(
        `got a "{{" inside "{{ }}" in ${JSON.stringify(text)}; expected {{name}}`,
      );
    }
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
    parts.push(reference(inner));
    i = close + 2;
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  return { source: text, parts, isStatic: parts.every((part) => part.kind === 'literal') };
}

/** The names (data columns or captures) a template looks up, without generators. */
export function templateNames(template: Template): string[] {
  const names: string[] = [];
  for (const part of template.parts) if (part.kind === 'name') names.push(part.name);
  return names;
}

/** What a VU renders with: its captures, then its data record. */
export interface TemplateScope {
  captures: ReadonlyMap<string, string>;
  record: Readonly<Record<string, string>> | undefined;
}

/** How substituted values are written into the text around them. */
export type Escape = 'none' | 'uri' | 'json';

function generate(part: Extract<TemplatePart, { kind: 'generator' }>, random: () => number): string {
  switch (part.generator) {
    case 'uuid':
      return randomUUID();
    case 'timestamp':
      return String(Date.now());
    case 'randomInt': {
      const [min, max] = part.args as [number, number];
      return String(min + Math.floor(random() * (max - min + 1)));
    }
  }
}

/**
 * The value of a bare name: a capture, a record field, or a generator without
 * arguments; undefined when none has a value yet.
 */
export function lookup(name: string, scope: TemplateScope, random: () => number): string | undefined {
  const captured = scope.captures.get(name);
  if (captured !== undefined) return captured;
  const field = scope.record?.[name];
  if (field !== undefined) return field;
  if (name === 'uuid' || name === 'timestamp') {
    return generate({ kind: 'generator', generator: name, args: [] }, random);
  }
  return undefined;
}

function escapeValue(value: string, escape: Escape): string {
  switch (escape) {
    case 'none':
      return value;
    case 'uri':
      return encodeURIComponent(value);
    case 'json':
      return JSON.stringify(value).slice(1, -1);
  }
}

export interface RenderResult {
  text: string;
  /** Names that had no value (captures not made yet); rendered as ''. */
  missing: number;
}

/** Renders a template. `escape` applies to substituted values only, never to the literal text. */
export function renderTemplate(
  template: Template,
  scope: TemplateScope,
  escape: Escape = 'none',
  random: () => number = Math.random,
): RenderResult {
  if (template.isStatic) return { text: template.source, missing: 0 };
  let text = '';
  let missing = 0;
  for (const part of template.parts) {
    if (part.kind === 'literal') {
      text += part.text;
    } else if (part.kind === 'generator') {
      text += escapeValue(generate(part, random), escape);
    } else {
      const value = lookup(part.name, scope, random);
      if (value === undefined) missing++;
      else text += escapeValue(value, escape);
    }
  }
  return { text, missing };
}
