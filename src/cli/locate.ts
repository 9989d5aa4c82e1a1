/**
 * Scenario set-up refusals (thrown while the world is built) name entities, not JSON paths: 'allocation: there
 * is no operator "ghost"'. For the CLI's one-line report this finds the path in the file that the refusal is
 * about: the field holding the missing id, or the second definition of an id defined twice; failing that, the
 * section. Messages that already start with a path are kept as they are (never "$: $.ethereum...").
 */
import { pathOf } from '../engine/scenario/validate';

const SECTIONS = ['ethereum', 'cosmos', 'liquid', 'restaking', 'markets'] as const;

export function locateInitError(raw: unknown, message: string): string {
  if (/^\$[.[]/.test(message)) return message;
  // Some set-up code names the path without its "$" ("liquid.lido[0].holders: ...").
  if (/^(ethereum|cosmos|liquid|restaking|markets)[.[][^:\s]*: /.test(message)) return `$.${message}`;
  let text = message;
  let section: string | undefined;
  const prefix = /^scenario (ethereum|cosmos|liquid|restaking|markets): /.exec(text);
  if (prefix) {
    section = prefix[1];
    text = text.slice(prefix[0].length);
  } else if (/^(pool|lending market|position) "/.test(text)) section = 'markets';
  const sections = section ? [section] : SECTIONS.filter((s) => isObject(raw) && s in raw);
  const twice = /"([^"]+)" is defined twice/.exec(text);
  const missing = /there is no [^"]*"([^"]+)"/.exec(text);
  for (const s of sections) {
    const root = isObject(raw) ? raw[s] : undefined;
    if (twice) {
      const defs = find(root, [s], (key, value) => key === 'id' && value === twice[1]);
      if (defs.length > 1) return `${pathOf(defs[1])}: ${text}`;
    }
    if (missing) {
      const uses = find(root, [s], (key, value) => key !== 'id' && value === missing[1]);
      if (uses.length) return `${pathOf(uses[0])}: ${text}`;
    }
  }
  if (twice && isObject(raw)) {
    const defs = find(raw.holders, ['holders'], (key, value) => key === 'id' && value === twice[1]);
    if (defs.length > 1) return `${pathOf(defs[1])}: ${text}`;
  }
  return `${section ? `$.${section}` : sections.length === 1 ? `$.${sections[0]}` : '$'}: ${text}`;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Paths (as key lists) of every string value, or object key, matching `test`; depth-first, in document order. */
function find(
  x: unknown,
  path: (string | number)[],
  test: (key: string | number | undefined, value: string) => boolean,
): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]): void => {
    if (typeof node === 'string') {
      if (test(at.at(-1), node)) out.push(at);
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (test(undefined, k)) out.push([...at, k]);
        walk(v, [...at, k]);
      }
    }
  };
  walk(x, path);
  return out;
}
