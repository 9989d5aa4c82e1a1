/**
 * An embed's configuration, read from its URL by ONE typed schema (valibot), in the spirit of PhET's query
 * parameters: every parameter has a type and a default, and a bad one is refused with the parameter's name, the
 * value given and what is allowed, so an author sees the mistake in the frame instead of a blank box.
 *
 *   widget       sandbox | lesson | cascade | chart              (default sandbox)
 *   scenario     a built-in scenario id (public/scenarios)        or a share payload in the hash: #s=v2.…
 *   lesson, step a lesson id and one of its step ids               (widget=lesson)
 *   chart        cost-profit | balances                           (widget=chart; default cost-profit)
 *   controls     minimal | full                                   (default minimal)
 *   theme        light | dark | projector | auto                  (default auto: the reader's system setting)
 *   autoplay     flag: play the cascade (or the clock) at once     (default false)
 *   loadOnClick  flag: a poster and a Play button; nothing heavy loads before the click (default false)
 *   origin       the host page's origin: messages go only there, and only its messages are heard
 *
 * Unlike the app's own ?theme= (src/app/urlParams.ts), which falls back to a default, an embed refuses to start
 * with an unknown or invalid parameter: an article's author, not a learner, wrote the link, and a widget that
 * silently shows something else is worse than a clear message.
 */
import * as v from 'valibot';
import { BUILT_IN_IDS } from './builtInIds';

export const WIDGETS = ['sandbox', 'lesson', 'cascade', 'chart'] as const;
export const CHARTS = ['cost-profit', 'balances'] as const;
export const CONTROLS = ['minimal', 'full'] as const;
export const EMBED_THEMES = ['light', 'dark', 'projector', 'auto'] as const;
const FLAGS = ['', 'true', '1', 'false', '0'] as const;

export type WidgetKind = (typeof WIDGETS)[number];
export type ChartKind = (typeof CHARTS)[number];
export type ControlsKind = (typeof CONTROLS)[number];
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export type ScenarioSource = { kind: 'builtIn'; id: string } | { kind: 'share'; payload: string };

export interface EmbedParams {
  widget: WidgetKind;
  scenario: ScenarioSource | null;
  lesson: string | null;
  step: string | null;
  chart: ChartKind;
  controls: ControlsKind;
  theme: EmbedTheme;
  autoplay: boolean;
  loadOnClick: boolean;
  origin: string | null;
}

/** What is wrong with one parameter: its name as the author wrote it, the value (shortened) and what is allowed. */
export interface ParamProblem {
  param: string;
  value: string | null;
  problem: string;
}

export type ParamsResult = { ok: true; params: EmbedParams } | { ok: false; problems: ParamProblem[] };

const listed = (values: readonly string[]) => values.filter((x) => x !== '').join(', ');

const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of: ${listed(values)}`);

const flag = v.pipe(
  v.picklist(FLAGS, 'must be empty (present means true), true, false, 1 or 0'),
  v.transform((raw) => raw === '' || raw === 'true' || raw === '1'),
);

// Lesson and step ids are the lessons' frontmatter ids ("stake-at-risk"); whether one exists is known only once
// the lessons load, and the widget says so then, with the ids that do.
const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be an id of 1-64 lower-case letters, digits and "-"'),
);

// An origin exactly as the browser writes MessageEvent.origin: scheme, host and port, no path or trailing slash.
const origin = v.pipe(
  v.string(),
  v.check((raw) => {
    try {
      const url = new URL(raw);
      return /^https?:$/.test(url.protocol) && url.origin === raw;
    } catch {
      return false;
    }
  }, 'must be an origin like https://example.org (scheme, host and optional port; no path, no trailing slash)'),
);

// A share payload as the app's share links write it (src/app/shareLink.ts); its checksum is verified when it is
// decoded, before anything is shown.
const share = v.pipe(
  v.string(),
  v.regex(/^v[12]\.[A-Za-z0-9_-]+$/, 'must be a share payload as the app writes it ("v2." then base64url)'),
  v.maxLength(32_000, 'is longer than a share link may be (32,000 characters)'),
);

/** The raw parameters (all strings, as the URL gives them), checked field by field, then together. */
const RawSchema = v.pipe(
  v.strictObject(
    {
      widget: v.optional(oneOf(WIDGETS), 'sandbox'),
      scenario: v.optional(v.picklist(BUILT_IN_IDS, `must be a built-in scenario id: ${listed(BUILT_IN_IDS)}`)),
      lesson: v.optional(slug),
      step: v.optional(slug),
      chart: v.optional(oneOf(CHARTS)),
      controls: v.optional(oneOf(CONTROLS), 'minimal'),
      theme: v.optional(oneOf(EMBED_THEMES), 'auto'),
      autoplay: v.optional(flag, 'false'),
      loadOnClick: v.optional(flag, 'false'),
      origin: v.optional(origin),
      '#s': v.optional(share),
    },
    (issue) =>
      `is not a parameter of the embed; the parameters are: widget, scenario, lesson, step, chart, controls, theme, autoplay, loadOnClick, origin (got "${String(issue.input)}")`,
  ),
  v.forward(
    v.check((p) => !(p.scenario && p['#s']), 'give either scenario= or a share payload in the hash (#s=…), not both'),
    ['scenario'],
  ),
  v.forward(
    v.check((p) => p.widget !== 'lesson' || p.lesson !== undefined, 'is required when widget=lesson'),
    ['lesson'],
  ),
  v.forward(
    v.check(
      (p) => p.widget === 'lesson' || (p.lesson === undefined && p.step === undefined),
      'is only for widget=lesson',
    ),
    ['lesson'],
  ),
  v.forward(
    v.check((p) => p.step === undefined || p.lesson !== undefined, 'needs a lesson= to be a step of'),
    ['step'],
  ),
  v.forward(
    v.check(
      (p) => p.widget !== 'lesson' || (p.scenario === undefined && p['#s'] === undefined),
      'is not for widget=lesson: a lesson brings its own scenarios',
    ),
    ['scenario'],
  ),
  v.forward(
    v.check(
      (p) => p.widget === 'lesson' || p.scenario !== undefined || p['#s'] !== undefined,
      `is required for this widget: a built-in scenario id (${BUILT_IN_IDS[0]}, …) or a share payload in the hash (#s=v2.…)`,
    ),
    ['scenario'],
  ),
  v.forward(
    v.check((p) => p.chart === undefined || p.widget === 'chart', 'is only for widget=chart'),
    ['chart'],
  ),
);

const MAX_SHOWN = 80;
const shorten = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** The raw parameters of a URL's query and hash: each name once (a repeated one is a problem of its own). */
function rawParams(search: string, hash: string): { raw: Record<string, string>; problems: ParamProblem[] } {
  const raw: Record<string, string> = Object.create(null);
  const problems: ParamProblem[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    if (Object.prototype.hasOwnProperty.call(raw, name))
      problems.push({ param: name, value: shorten(value), problem: 'is given more than once' });
    else raw[name] = value;
  }
  const h = hash.replace(/^#/, '');
  if (h.startsWith('s=')) raw['#s'] = h.slice(2);
  else if (h !== '')
    problems.push({ param: '#', value: shorten(h), problem: 'the hash may only hold a share payload: #s=v2.…' });
  return { raw: { ...raw }, problems };
}

/** The embed's parameters from `location.search` and `location.hash`, or every problem found. */
export function parseEmbedParams(search: string, hash = ''): ParamsResult {
  const { raw, problems } = rawParams(search, hash);
  if (problems.length) return { ok: false, problems };
  const result = v.safeParse(RawSchema, raw, { abortPipeEarly: false });
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => {
        const key = issue.path?.[0]?.key;
        const param = typeof key === 'string' ? key : 'parameters';
        const given = param in raw ? raw[param] : null;
        return { param, value: given === null ? null : shorten(given), problem: issue.message };
      }),
    };
  }
  const p = result.output;
  return {
    ok: true,
    params: {
      widget: p.widget,
      scenario: p.scenario ? { kind: 'builtIn', id: p.scenario } : p['#s'] ? { kind: 'share', payload: p['#s'] } : null,
      lesson: p.lesson ?? null,
      step: p.step ?? null,
      chart: p.chart ?? 'cost-profit',
      controls: p.controls,
      theme: p.theme,
      autoplay: p.autoplay,
      loadOnClick: p.loadOnClick,
      origin: p.origin ?? null,
    },
  };
}

/** One problem as a sentence: `Parameter "widget" ("foo"): must be one of: sandbox, lesson, cascade, chart`. */
export function describeProblem({ param, value, problem }: ParamProblem): string {
  return `Parameter "${param}"${value === null ? '' : ` ("${value}")`}: ${problem}`;
}

/** The query string that `params` is read back from (the embed dialog writes it; round-trips parseEmbedParams). */
export function embedQuery(params: Partial<EmbedParams>): { search: string; hash: string } {
  const q = new URLSearchParams();
  if (params.widget) q.set('widget', params.widget);
  if (params.scenario?.kind === 'builtIn') q.set('scenario', params.scenario.id);
  if (params.lesson) q.set('lesson', params.lesson);
  if (params.step) q.set('step', params.step);
  if (params.widget === 'chart' && params.chart) q.set('chart', params.chart);
  if (params.controls && params.controls !== 'minimal') q.set('controls', params.controls);
  if (params.theme && params.theme !== 'auto') q.set('theme', params.theme);
  if (params.autoplay) q.set('autoplay', 'true');
  if (params.loadOnClick) q.set('loadOnClick', 'true');
  if (params.origin) q.set('origin', params.origin);
  const search = q.toString();
  return {
    search: search ? `?${search}` : '',
    hash: params.scenario?.kind === 'share' ? `#s=${params.scenario.payload}` : '',
  };
}
