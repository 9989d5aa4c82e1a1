/**
 * One typed schema for the URL's query parameters (PhET's QueryStringMachine idea): each parameter has a type
 * and a default; unknown parameters are ignored; an invalid value is reported and replaced by its default.
 *   ?theme=light|dark|projector   colour theme (default: follow the system)
 *   ?present                      presenter mode (large type, no editing chrome)
 *   ?seed=<text>                  seed for fuzz input
 *   ?fuzz[=<seconds>]             drive random pointer and keyboard input for that long (default 60)
 *   ?reducedMotion                force the no-motion presentation
 */
import * as v from 'valibot';

const Flag = v.pipe(
  v.string(),
  v.picklist(['', 'true', '1', 'false', '0'], 'must be empty, true or false'),
  v.transform((s) => s === '' || s === 'true' || s === '1'),
);

const Seconds = v.pipe(
  v.string(),
  v.transform((s) => (s === '' ? '60' : s)),
  v.regex(/^\d{1,5}$/, 'must be a whole number of seconds'),
  v.transform(Number),
  v.minValue(1, 'must be at least 1 second'),
  v.maxValue(3600, 'must be at most 3600 seconds'),
);

export const URL_PARAMS = {
  theme: {
    schema: v.picklist(['light', 'dark', 'projector'], 'must be light, dark or projector'),
    fallback: undefined,
  },
  present: { schema: Flag, fallback: false },
  seed: {
    schema: v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, 'must be 1-64 letters, digits, ".", "_" or "-"')),
    fallback: 'fuzz',
  },
  fuzz: { schema: Seconds, fallback: undefined },
  reducedMotion: { schema: Flag, fallback: false },
} as const;

type Spec = typeof URL_PARAMS;
export type UrlParams = {
  [K in keyof Spec]: v.InferOutput<Spec[K]['schema']> | Spec[K]['fallback'];
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
    const result = v.safeParse(spec.schema as v.GenericSchema<string, unknown>, raw);
    if (result.success) params[name] = result.output;
    else {
      params[name] = spec.fallback;
      problems.push({
        name,
        value: raw,
        problem: result.issues[0].message,
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
