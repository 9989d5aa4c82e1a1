/**
 * A JSON reader that keeps every number's source text.
 *
 * JSON.parse turns 0.1 into the nearest double, and a number with more than 17 significant digits into a
 * different number altogether; security is decided by exact ties, so the analysis must read what the file
 * says. This parser follows RFC 8259 and returns numbers as ExactNumber (the literal text); everything else
 * is plain JSON. Syntax errors name the line and column.
 */
import { MAX_JSON_DEPTH } from './jsonDepth';

// The depth limit is a file of its own, so the autosave's shortcut (src/app/autosave.ts) checks it without this parser.
export { MAX_JSON_DEPTH };

export class ExactNumber {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`not valid JSON at line ${line}, column ${column} (${message})`);
  }
}

type Frame = { array: unknown[] } | { object: Record<string, unknown>; key: string };

/** Iterative (an explicit stack of open arrays and objects), so no input can overflow the call stack. */
export function parseExactJson(text: string): unknown {
  let i = 0;
  const fail = (msg: string): never => {
    if (i >= text.length) msg = 'unexpected end of input';
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    throw new JsonSyntaxError(msg, line, i - before.lastIndexOf('\n'));
  };
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in string');
      if (c === 0x5c) i++;
      i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('invalid escape in string');
    }
  };
  /** Reads `"key":` and leaves i at the value. */
  const key = (): string => {
    ws();
    if (text[i] !== '"') fail('expected a property name in double quotes');
    const k = string();
    ws();
    if (text[i] !== ':') fail('expected ":"');
    i++;
    return k;
  };
  const stack: Frame[] = [];
  /** `at`: where the bracket is, so a refusal points at the one that nests too deep. */
  const open = (frame: Frame, at: number): void => {
    if (stack.length >= MAX_JSON_DEPTH) {
      i = at;
      fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    stack.push(frame);
  };
  for (;;) {
    // Read one value: a scalar, an empty container, or the opening of a container (then read its first value).
    ws();
    const c = text[i];
    let value: unknown;
    const at = i;
    if (c === '{') {
      i++;
      ws();
      if (text[i] !== '}') {
        open({ object: {}, key: key() }, at);
        continue;
      }
      i++;
      value = {};
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] !== ']') {
        open({ array: [] }, at);
        continue;
      }
      i++;
      value = [];
    } else if (c === '"') value = string();
    else if (text.startsWith('true', i)) {
      i += 4;
      value = true;
    } else if (text.startsWith('false', i)) {
      i += 5;
      value = false;
    } else if (text.startsWith('null', i)) {
      i += 4;
      value = null;
    } else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail(i >= text.length ? 'unexpected end of input' : `unexpected character ${JSON.stringify(text[i])}`);
      i += m![0].length;
      value = new ExactNumber(m![0]);
    }
    // Store the value in its container; close every container that ends here.
    for (;;) {
      const top = stack.at(-1);
      if (!top) {
        ws();
        if (i < text.length) fail('unexpected text after the JSON value');
        return value;
      }
      if ('array' in top) top.array.push(value);
      else Object.defineProperty(top.object, top.key, { value, enumerable: true, writable: true, configurable: true });
      ws();
      if (text[i] === ',') {
        i++;
        if ('object' in top) top.key = key();
        break;
      }
      if (text[i] === ('array' in top ? ']' : '}')) {
        i++;
        stack.pop();
        value = 'array' in top ? top.array : top.object;
        continue;
      }
      fail('array' in top ? 'expected "," or "]"' : 'expected "," or "}"');
    }
  }
}

/** Turns ExactNumbers back into plain numbers (for parts of a document that are not amounts). */
export function plainJson(x: unknown): unknown {
  if (x instanceof ExactNumber) return Number(x.text);
  if (Array.isArray(x)) return x.map(plainJson);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plainJson(v)]));
  return x;
}
