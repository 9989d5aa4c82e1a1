/**
 * "Translatable" means: the same trace, rendered with another catalogue, reads differently, with nothing changed in
 * the engine. A pseudo-locale (every sentence upper-cased and bracketed, as translators' tools do to find strings
 * that escape the catalogue) and a hand-written French sentence that reorders its parameters and writes decimals
 * with a comma show it for narration, refusals and fault titles; English stays byte-identical to the CLI's text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  english,
  setLocale,
  t,
  tFault,
  tRefusal,
  tStep,
  type EngineCatalogue,
  type Locale,
} from '../../../src/ui/messages';
import { formatEth } from '../../../src/engine/ledger/amount';
import { engineEn as engine } from '../../../src/engine/messages/en';
import { applyEvent, initWorld } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { RefusedEvent } from '../../../src/engine/errors';
import { FAULT_CATALOGUE } from '../../../src/engine/faults/catalogue';
import type { SimEvent } from '../../../src/engine/events';
import { corpus } from './corpus';

const pseudo = (s: string): string => `[${s.toUpperCase()}]`;

/** Every template wrapped: same keys and parameters, different text. */
function pseudoLocale(): Locale {
  const templates = Object.fromEntries(
    Object.entries(engine).map(([key, template]) => [key, (p: never) => pseudo((template as (p: never) => string)(p))]),
  ) as unknown as EngineCatalogue;
  const ui = Object.fromEntries(Object.entries(english.ui).map(([k, v]) => [k, pseudo(v)])) as Locale['ui'];
  return { ui, engine: templates };
}

/** French for one sentence: the recipient first, a decimal comma; everything else stays English. */
const frenchTransfer: EngineCatalogue['system.transfer'] = (p) =>
  `${p.to} reçoit ${formatEth(p.amount).replace('.', ',')} ${p.asset} de ${p.from}.`;

function tinyWorld() {
  const parsed = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'two holders',
    holders: [
      { id: 'alice', name: 'Alice', balances: { ETH: '10' } },
      { id: 'bob', name: 'Bob', balances: { ETH: '1' } },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value).world;
}
const transfer = (amount: string) =>
  ({
    type: 'Transfer',
    from: 'alice',
    to: 'bob',
    asset: 'ETH',
    amount: BigInt(Math.round(Number(amount) * 1e9)),
  }) as unknown as SimEvent;

afterEach(() => setLocale(english));

describe('a second locale', () => {
  it('in English, the narration is exactly the engine text (what the CLI prints), with or without the engine section', () => {
    const { steps, refusals } = corpus();
    for (const locale of [english, { ui: english.ui, engine }]) {
      setLocale(locale);
      for (const s of steps) expect(tStep(s)).toBe(s.text);
      for (const r of refusals) expect(tRefusal(r)).toBe(r.message);
    }
  });

  it('a pseudo-locale changes every narrated step, refusal, fault title and UI string, from the same trace', () => {
    const { steps, refusals } = corpus();
    setLocale(pseudoLocale());
    for (const s of steps.slice(0, 3000)) {
      const nested = Object.values(s.message!.params).some((v) => typeof v === 'object' && v !== null && 'key' in v);
      // A nested fragment (a fault's target, its title) is translated too, inside the translated sentence.
      if (!nested) expect(tStep(s)).toBe(pseudo(s.text));
      else expect(tStep(s).toLowerCase().replace(/[[\]]/g, '')).toBe(s.text.toLowerCase());
      expect(tStep(s)).not.toBe(s.text);
    }
    for (const r of refusals) expect(tRefusal(r)).toBe(pseudo(r.message));
    for (const f of FAULT_CATALOGUE)
      expect(tFault(f)).toEqual({ title: pseudo(f.title), description: pseudo(f.description) });
    expect(t('app.name')).toBe('[RESTAKING LAB]');
  });

  it('a translated sentence may reorder its parameters and format numbers its own way', () => {
    const world = tinyWorld();
    const [step] = applyEvent(world, transfer('1.5'));
    expect(step.text).toBe('Alice sends 1.5 ETH to Bob.');
    setLocale({ ui: english.ui, engine: { ...engine, 'system.transfer': frenchTransfer } });
    expect(tStep(step)).toBe('Bob reçoit 1,5 ETH de Alice.');
    // The engine is untouched: its English text is the same.
    expect(step.text).toBe('Alice sends 1.5 ETH to Bob.');
  });

  it('a refusal is rendered from its message, and an unknown key or a plain error falls back to the English', () => {
    const world = tinyWorld();
    let refused: unknown;
    try {
      applyEvent(world, transfer('50'));
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(RefusedEvent);
    setLocale(pseudoLocale());
    expect(tRefusal(refused)).toBe(pseudo('Alice has only 10 ETH, so cannot send 50. Send at most 10.'));
    expect(tRefusal(new Error('boom'))).toBe('boom');
    expect(tStep({ text: 'kept', message: { key: 'no.such.key' as never, params: {} } })).toBe('kept');
    expect(tStep({ text: 'no message' })).toBe('no message');
  });
});
