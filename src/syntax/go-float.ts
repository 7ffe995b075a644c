/**
 * Numbers as k6 reads them: Go's `strconv.ParseFloat(s, 64)`, which k6 uses for a
 * threshold's limit, a percentile and a bare `delayAbortEval`. Kept to the letter so a
 * k6 text means the same number here:
 *
 *   decimal  ::= [sign] ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [sign] digits ]
 *   hex      ::= [sign] "0" ( "x" | "X" ) ( hexdigits [ "." [ hexdigits ] ] | "." hexdigits )
 *                ( "p" | "P" ) [sign] digits                        ; the p exponent is required
 *   special  ::= [sign] ( "inf" | "infinity" ) | "nan"                ; any case
 *
 * Digits may be grouped by single underscores between digits (`1_000`), as in Go. No
 * blanks anywhere. A value beyond the float64 range is an error, as in Go (ErrRange).
 */

const DECIMAL = /^[+-]?(?:[\d_]+(?:\.[\d_]*)?|\.[\d_]+)(?:[eE][+-]?[\d_]+)?$/;
const HEX = /^([+-]?)0[xX]((?:[\da-fA-F_]+(?:\.[\da-fA-F_]*)?|\.[\da-fA-F_]+))[pP]([+-]?[\d_]+)$/;
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;

/**
 * Go's underscoreOK: an underscore only between two digits, or between a base prefix
 * and a digit.
 */
function underscoresOk(text: string): boolean {
  let rest = text.replace(/^[+-]/, '');
  let saw = '^';
  let hex = false;
  if (/^0[xXbBoO]/.test(rest)) {
    saw = '0';
    hex = /^0[xX]/.test(rest);
    rest = rest.slice(2);
  }
  for (const char of rest) {
    if (/\d/.test(char) || (hex && /[a-fA-F]/.test(char))) {
      saw = '0';
    } else if (char === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

function hexValue(sign: string, mantissa: string, exponent: string): number {
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = `${whole}${fraction}`;
  if (!/[\da-fA-F]/.test(digits)) return Number.NaN;
  const bits = Number(exponent) - 4 * fraction.length;
  // The mantissa as an exact integer, rounded once to a float, then scaled by a power of two.
  let value = Number(BigInt(`0x${digits}`));
  // In steps, so a large mantissa with a very negative exponent does not pass through 0.
  for (let left = bits; left !== 0 && value !== 0 && Number.isFinite(value);) {
    const step = Math.max(-1000, Math.min(1000, left));
    value *= 2 ** step;
    left -= step;
  }
  return sign === '-' ? -value : value;
}

export type GoFloatReading = { value: number } | { problem: 'syntax' | 'range' };

/**
 * The number `text` is to Go's ParseFloat: its value, or Go's error (a syntax error,
 * or a value beyond the float64 range). `inf`, `infinity` and `nan` give Infinity and
 * NaN, as in Go: the caller decides whether they make sense.
 */
export function readGoFloat(text: string): GoFloatReading {
  const infinity = INFINITY.exec(text);
  if (infinity) return { value: infinity[1] === '-' ? -Infinity : Infinity };
  if (/^nan$/i.test(text)) return { value: Number.NaN };
  if (text.includes('_') && !underscoresOk(text)) return { problem: 'syntax' };
  const plain = text.replace(/_/g, '');
  let value: number;
  const hex = HEX.exec(text);
  if (hex) {
    value = hexValue(hex[1] ?? '', (hex[2] ?? '').replace(/_/g, ''), (hex[3] ?? '').replace(/_/g, ''));
  } else if (DECIMAL.test(text) && /\d/.test(plain.split(/[eE]/)[0] ?? '')) {
    value = Number(plain);
  } else {
    return { problem: 'syntax' };
  }
  if (Number.isNaN(value)) return { problem: 'syntax' };
  return Number.isFinite(value) ? { value } : { problem: 'range' };
}

/** The value of `text` to Go's ParseFloat, or undefined when Go refuses it. */
export function parseGoFloat(text: string): number | undefined {
  const reading = readGoFloat(text);
  return 'value' in reading ? reading.value : undefined;
}
