/**
 * One typed schema for the URL's query parameters (PhET's QueryStringMachine idea): each parameter has a type
 * and a default; unknown parameters are ignored; an invalid value is reported and replaced by its default.
 *   ?theme=light|dark|projector   colour theme (default: follow the system)
 *   ?present                      presenter mode (large type, no editing chrome)
 *   ?seed=<text>                  seed for fuzz input
 *   ?fuzz[=<seconds>]             drive random pointer and keyboard input for that long (default 60)
 *   ?reducedMotion                force the no-motion presentation
 */
// Hand-written rather than valibot: this module is in the app shell, which every page loads; a valibot schema
// here would pull valibot's functions (which the scenario schema in the sandbox also uses) into that shell.

/** A parameter's parser: the value, or why the raw text was refused. */
type Parse<T> = (raw: string) => { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const refuse = (problem: string) => ({ ok: false as const, problem });

const oneOf =
  <const T extends string>(values: readonly T[], problem: string): Parse<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? ok(raw as T) : refuse(problem);

const Flag: Parse<boolean> = (raw) =>
  ['', 'true', '1', 'false', '0'].includes(raw)
    ? ok(raw === '' || raw === 'true' || raw === '1')
    : refuse('must be empty, true or false');

const Seconds: Parse<number> = (raw) => {
  const s = raw === '' ? '60' : raw;
  if (!/^\d{1,5}$/.test(s)) return refuse('must be a whole number of seconds');
  const n = Number(s);
  if (n < 1) return refuse('must be at least 1 second');
  if (n > 3600) return refuse('must be at most 3600 seconds');
  return ok(n);
};

const Seed: Parse<string> = (raw) =>
  /^[\w.-]{1,64}$/.test(raw) ? ok(raw) : refuse('must be 1-64 letters, digits, ".", "_" or "-"');

export const URL_PARAMS = {
  theme: {
    parse: oneOf(['light', 'dark', 'projector'], 'must be light, dark or projector'),
    fallback: undefined,
  },
  present: { parse: Flag, fallback: false },
  seed: { parse: Seed, fallback: 'fuzz' },
  fuzz: { parse: Seconds, fallback: undefined },
  reducedMotion: { parse: Flag, fallback: false },
} as const;

type Spec = typeof URL_PARAMS;
type Parsed<P> = P extends Parse<infer T> ? T : never;
export type UrlParams = {
  [K in keyof Spec]: Parsed<Spec[K]['parse']> | Spec[K]['fallback'];
};

export interface UrlParamProblem {
  name: string;
  value: string;
  problem: string;
  fallback: string;
}

export function parseUrlParams(search: string): { params: UrlParams; problems: UrlParamProblem[] } {
  const query = new URLSearchParams(search);
  const params: Record<string, unknown> = {};
  const problems: UrlParamProblem[] = [];
  for (const [name, spec] of Object.entries(URL_PARAMS)) {
    const raw = query.get(name);
    if (raw === null) {
      params[name] = spec.fallback;
      continue;
    }
    const result = (spec.parse as Parse<unknown>)(raw);
    if (result.ok) params[name] = result.value;
    else {
      params[name] = spec.fallback;
      problems.push({
        name,
        value: raw,
        problem: result.problem,
        fallback: String(spec.fallback ?? 'default'),
      });
    }
  }
  return { params: params as UrlParams, problems };
}

/**
 * The hash without the parameters that load a scenario (`s=` a share link, `scenario=` a prepared file): once they
 * are taken, the address bar must not hold them, or a reload would open them again over the learner's work.
 */
export function withoutLoadParams(hash: string): string {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith('s=')) return '#/sandbox';
  const [path, query] = raw.split('?', 2) as [string, string?];
  if (query === undefined) return hash;
  const params = new URLSearchParams(query);
  params.delete('s');
  params.delete('scenario');
  const rest = params.toString();
  return `#${path}${rest ? `?${rest}` : ''}`;
}
