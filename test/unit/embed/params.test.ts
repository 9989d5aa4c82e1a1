/**
 * The embed's parameter schema (src/app/embed/params.ts): every field's default and accepted values, and every
 * bad value refused with the parameter's name, the value given and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeProblem, embedQuery, parseEmbedParams, type EmbedParams } from '../../../src/app/embed/params';
import { BUILT_IN_IDS } from '../../../src/app/embed/builtIns';

const ok = (search: string, hash = ''): EmbedParams => {
  const r = parseEmbedParams(search, hash);
  if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
  return r.params;
};
const problems = (search: string, hash = '') => {
  const r = parseEmbedParams(search, hash);
  if (r.ok) throw new Error(`accepted: ${search}${hash}`);
  return r.problems;
};

describe('embed parameters: accepted values and defaults', () => {
  it('a built-in scenario alone: the sandbox widget, minimal controls, the auto theme, nothing played', () => {
    expect(ok('?scenario=solo-staker-slashed')).toEqual({
      widget: 'sandbox',
      scenario: { kind: 'builtIn', id: 'solo-staker-slashed' },
      lesson: null,
      step: null,
      chart: 'cost-profit',
      controls: 'minimal',
      theme: 'auto',
      autoplay: false,
      loadOnClick: false,
      origin: null,
    });
  });

  it('every built-in scenario of public/scenarios/index.json is accepted by id', () => {
    expect(BUILT_IN_IDS).toContain('three-avs-pooled');
    for (const id of BUILT_IN_IDS)
      expect(ok(`?widget=cascade&scenario=${id}`).scenario).toEqual({ kind: 'builtIn', id });
  });

  it('each field: widget, chart, controls, theme, flags, origin, lesson and step', () => {
    const p = ok(
      '?widget=chart&chart=balances&scenario=three-avs-pooled&controls=full&theme=projector&autoplay&loadOnClick=1&origin=https://blog.example.org:8443',
    );
    expect(p).toMatchObject({ widget: 'chart', chart: 'balances', controls: 'full', theme: 'projector' });
    expect(p).toMatchObject({ autoplay: true, loadOnClick: true, origin: 'https://blog.example.org:8443' });
    for (const [raw, value] of [
      ['', true],
      ['true', true],
      ['1', true],
      ['false', false],
      ['0', false],
    ] as const)
      expect(ok(`?scenario=three-avs-pooled&autoplay=${raw}`).autoplay).toBe(value);
    for (const theme of ['light', 'dark', 'projector', 'auto'] as const)
      expect(ok(`?scenario=three-avs-pooled&theme=${theme}`).theme).toBe(theme);
    expect(ok('?widget=lesson&lesson=stake-at-risk&step=what-an-attack-would-pay')).toMatchObject({
      widget: 'lesson',
      lesson: 'stake-at-risk',
      step: 'what-an-attack-would-pay',
      scenario: null,
    });
  });

  it('a share payload in the hash is the scenario', () => {
    expect(ok('?widget=cascade', '#s=v2.H4sIAAAA').scenario).toEqual({ kind: 'share', payload: 'v2.H4sIAAAA' });
  });

  it('embedQuery writes what parseEmbedParams reads back (property)', () => {
    const arb = fc.record({
      widget: fc.constantFrom('sandbox', 'cascade', 'chart') as fc.Arbitrary<'sandbox' | 'cascade' | 'chart'>,
      scenario: fc.oneof(
        fc.constantFrom(...BUILT_IN_IDS).map((id) => ({ kind: 'builtIn' as const, id })),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/).map((b) => ({ kind: 'share' as const, payload: `v2.${b}` })),
      ),
      chart: fc.constantFrom('cost-profit', 'balances') as fc.Arbitrary<'cost-profit' | 'balances'>,
      controls: fc.constantFrom('minimal', 'full') as fc.Arbitrary<'minimal' | 'full'>,
      theme: fc.constantFrom('light', 'dark', 'projector', 'auto') as fc.Arbitrary<
        'light' | 'dark' | 'projector' | 'auto'
      >,
      autoplay: fc.boolean(),
      loadOnClick: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (given) => {
        const { search, hash } = embedQuery(given);
        const back = ok(search, hash);
        expect(back).toEqual({
          ...given,
          chart: given.widget === 'chart' ? given.chart : 'cost-profit',
          lesson: null,
          step: null,
          origin: null,
        });
      }),
    );
  });
});

describe('embed parameters: bad values are refused, each with its parameter and what is allowed', () => {
  const cases: [string, string, string, string | null, RegExp][] = [
    [
      'unknown widget',
      '?widget=graph&scenario=three-avs-pooled',
      'widget',
      'graph',
      /one of: sandbox, lesson, cascade, chart/,
    ],
    ['unknown scenario', '?scenario=nope', 'scenario', 'nope', /built-in scenario id: solo-staker-slashed, /],
    [
      'unknown chart',
      '?widget=chart&chart=pie&scenario=three-avs-pooled',
      'chart',
      'pie',
      /one of: cost-profit, balances/,
    ],
    ['unknown controls', '?scenario=three-avs-pooled&controls=some', 'controls', 'some', /one of: minimal, full/],
    ['unknown theme', '?scenario=three-avs-pooled&theme=neon', 'theme', 'neon', /one of: light, dark, projector, auto/],
    ['bad flag', '?scenario=three-avs-pooled&autoplay=yes', 'autoplay', 'yes', /empty .* true, false, 1 or 0/],
    ['bad flag', '?scenario=three-avs-pooled&loadOnClick=on', 'loadOnClick', 'on', /empty .* true, false, 1 or 0/],
    [
      'origin with a path',
      '?scenario=three-avs-pooled&origin=https://a.org/x',
      'origin',
      'https://a.org/x',
      /origin like/,
    ],
    [
      'origin not http',
      '?scenario=three-avs-pooled&origin=javascript:alert(1)',
      'origin',
      'javascript:alert(1)',
      /origin like/,
    ],
    ['bad lesson id', '?widget=lesson&lesson=Bad_Id', 'lesson', 'Bad_Id', /lower-case letters/],
    ['unknown parameter', '?scenario=three-avs-pooled&colour=red', 'colour', 'red', /not a parameter of the embed/],
    ['prototype key', '?scenario=three-avs-pooled&__proto__=x', '__proto__', 'x', /not a parameter of the embed/],
    ['repeated', '?scenario=three-avs-pooled&theme=dark&theme=light', 'theme', 'light', /more than once/],
    ['no scenario', '?widget=cascade', 'scenario', null, /required for this widget/],
    [
      'two scenarios',
      '?scenario=three-avs-pooled',
      'scenario',
      'three-avs-pooled',
      /either scenario= or a share payload/,
    ],
    ['lesson without id', '?widget=lesson', 'lesson', null, /required when widget=lesson/],
    [
      'lesson on another widget',
      '?scenario=three-avs-pooled&lesson=restaking',
      'lesson',
      'restaking',
      /only for widget=lesson/,
    ],
    ['step without lesson', '?scenario=three-avs-pooled&step=one', 'step', 'one', /needs a lesson=/],
    [
      'chart on another widget',
      '?scenario=three-avs-pooled&chart=balances',
      'chart',
      'balances',
      /only for widget=chart/,
    ],
    [
      'scenario for a lesson',
      '?widget=lesson&lesson=restaking&scenario=three-avs-pooled',
      'scenario',
      'three-avs-pooled',
      /a lesson brings its own/,
    ],
  ];
  it.each(cases)('%s', (_name, search, param, value, problem) => {
    const hash = _name === 'two scenarios' ? '#s=v2.abc' : '';
    const found = problems(search, hash).find((p) => p.param === param);
    expect(found, JSON.stringify(problems(search, hash))).toBeDefined();
    expect(found!.value).toBe(value);
    expect(found!.problem).toMatch(problem);
    expect(describeProblem(found!)).toContain(`Parameter "${param}"`);
  });

  it('a hash that is not a share payload, or a damaged one, is refused', () => {
    expect(problems('?widget=cascade', '#/sandbox')[0]).toMatchObject({ param: '#' });
    expect(problems('?widget=cascade', '#s=<script>')[0]).toMatchObject({ param: '#s', problem: /share payload/ });
    expect(problems('?widget=cascade', `#s=v2.${'A'.repeat(40_000)}`)[0].problem).toMatch(/32,000/);
  });

  it('long values are shortened in the message', () => {
    const [p] = problems(`?scenario=${'x'.repeat(500)}`);
    expect(p.value!.length).toBeLessThanOrEqual(81);
  });

  it('never throws, whatever the query (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (search, hash) => {
        const r = parseEmbedParams(search, hash);
        if (!r.ok) for (const p of r.problems) expect(describeProblem(p)).toMatch(/^Parameter "/);
      }),
    );
  });
});
