/**
 * Why a data file does not parse, as `file:line:col: what is wrong`, without any of its
 * text: records hold passwords, and the parsers' own messages quote them (csv-parse
 * names the field's value, JSON.parse a slice of the text around the mistake). The
 * position comes from csv-parse's error fields, and for JSON from a scan of our own.
 */

/** csv-parse's error codes, in words. */
const CSV_PROBLEMS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field (double it, "", to write one)',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
  CSV_INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field that is never closed',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after the closing quote of a field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'a record with a different number of fields than the header line',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'a record with a different number of fields than the header line',
  CSV_MAX_RECORD_SIZE: 'a record that is too large',
};

interface CsvErrorFields {
  code?: unknown;
  lines?: unknown;
  index?: unknown;
  column?: unknown;
  columns?: unknown;
}

/** `users.csv:3 (field 2, "password"): a quote inside …`, from a csv-parse error. */
export function csvParseProblem(error: unknown, file: string): string {
  const fields = (error ?? {}) as CsvErrorFields;
  const code = typeof fields.code === 'string' ? fields.code : '';
  const what = CSV_PROBLEMS[code] ?? `a CSV syntax error (${code || 'unknown'})`;
  const line = typeof fields.lines === 'number' ? `:${fields.lines}` : '';
  const index = typeof fields.index === 'number' ? fields.index : undefined;
  // The column's name comes from the header line, which names fields and holds no secrets.
  const name = typeof fields.column === 'string' ? `, ${JSON.stringify(fields.column.slice(0, 40))}` : '';
  const field =
    index !== undefined && code !== 'CSV_RECORD_INCONSISTENT_COLUMNS' ? ` (field ${index + 1}${name})` : '';
  return `${file}${line}${field}: not valid CSV: ${what}`;
}

/** `users.json:2:14: not valid JSON: …`, with the position found by scanning the text. */
export function jsonParseProblem(text: string, file: string): string {
  const { offset, what } = jsonSyntaxError(text);
  const { line, col } = lineAndColumn(text, offset);
  return `${file}:${line}:${col}: not valid JSON: ${what}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

class JsonScanError extends Error {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {
    super(what);
  }
}

/** The offset and kind of the first JSON syntax error (the text is known not to parse). */
export function jsonSyntaxError(text: string): { offset: number; what: string } {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (what: string): never => {
    throw new JsonScanError(i, i >= text.length ? 'the file ends early' : what);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, what: string): void => {
    space();
    if (text[i] !== char) fail(what);
    i++;
  };
  const string = (): void => {
    const start = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new JsonScanError(start, 'a text in double quotes that is never closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('a control character or line break inside a string (write it as \\n or \\u00XX)');
      if (c === 0x5c) {
        i++;
        if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? ''))
          fail('an unknown escape after a backslash in a string');
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a field name in double quotes');
        string();
        expect(':', 'expected a colon after the field name');
        value();
        space();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail('expected a comma or } after the value');
        i++;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail('expected a comma or ] after the value');
        i++;
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (literal) {
      i += literal[0].length;
      if (/^[\w.$+-]/.test(text[i] ?? '')) fail('unexpected text right after a number, true, false or null');
      return;
    }
    fail(
      c === "'"
        ? 'a text in single quotes (JSON needs double quotes)'
        : 'expected a value (a text in double quotes, a number, true, false, null, a list or an object)',
    );
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON value');
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, what: error.what };
    throw error;
  }
  // JSON.parse refused what the scan accepts (e.g. a lone surrogate): name no position.
  return { offset: 0, what: 'the text is not JSON' };
}
