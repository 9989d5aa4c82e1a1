/**
 * The one JSON reader for scenario and event text, wherever it comes from (the CLI, an imported file, a share
 * link, saved work). JSON.parse turns 9007199254740993 into 9007199254740992 and 1e400 into Infinity without a
 * word; here every number is read from its source text and kept only if the double it becomes denotes exactly
 * the same decimal, otherwise it is refused at its JSON path with a hint to write it as a string (amounts are
 * then parsed exactly from that string). Nesting deeper than MAX_JSON_DEPTH is refused, and keys such as
 * "__proto__" stay ordinary own keys, so the schema can see and refuse them.
 */
import { ExactNumber, JsonSyntaxError, parseExactJson } from '../security/exactJson';
import { pathOf, summarizeIssues, type InputIssue, type Parsed } from './validate';

export function readJson(text: string): Parsed<unknown> {
  let exact: unknown;
  try {
    exact = parseExactJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, issues: [{ path: '$', message: e.message }] };
    throw e;
  }
  const issues: InputIssue[] = [];
  const value = plain(exact, [], issues);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/** Depth is bounded by parseExactJson (MAX_JSON_DEPTH), so this recursion is too. */
function plain(x: unknown, path: (string | number)[], issues: InputIssue[]): unknown {
  if (x instanceof ExactNumber) {
    const n = Number(x.text);
    if (sameDecimal(x.text, String(n))) return n;
    issues.push({
      path: pathOf(path),
      message: `the number ${x.text} cannot be read exactly (it would become ${String(n)}); write it as a string: "${x.text}"`,
    });
    return n;
  }
  if (Array.isArray(x)) return x.map((item, i) => plain(item, [...path, i], issues));
  if (x !== null && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      // defineProperty, not assignment: `out["__proto__"] = v` would set the prototype instead of a key.
      Object.defineProperty(out, k, { value: plain(v, [...path, k], issues), enumerable: true, writable: true });
    }
    return out;
  }
  return x;
}

const NUMBER = /^(-)?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Whether two number texts denote the same decimal value ("1e-7" and "1E-7", "100" and "1e2", "0.10" and "0.1"). */
export function sameDecimal(a: string, b: string): boolean {
  const ka = decimalKey(a);
  return ka !== null && ka === decimalKey(b);
}

function decimalKey(text: string): string | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign, whole, frac = '', exp = '0'] = m;
  let digits = (whole + frac).replace(/^0+/, '');
  if (digits === '') return '0';
  let scale = BigInt(exp) - BigInt(frac.length);
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  scale += BigInt(trailing);
  return `${sign ?? ''}${digits}e${scale}`;
}

/** readJson for callers that report by exception: the error's message is the first located issue. */
export class JsonInputError extends Error {
  override name = 'JsonInputError';
  constructor(readonly issues: InputIssue[]) {
    super(summarizeIssues(issues));
  }
}

export function readJsonOrThrow(text: string): unknown {
  const json = readJson(text);
  if (!json.ok) throw new JsonInputError(json.issues);
  return json.value;
}
