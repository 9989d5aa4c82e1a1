/**
 * The engine's message catalogue (src/engine/messages): every key the engine says exists, every key in the
 * catalogue is said somewhere, every message is plain data, and every template renders exactly the English the
 * engine recorded (TraceStep.text, RefusedEvent.message, FaultInfo.title/description) from its own parameters only.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { engineEn } from '../../../src/engine/messages/en';
import { isMessage, render, say, type EngineMessage } from '../../../src/engine/messages/say';
import { toJSON } from '../../../src/engine/snapshot';
import { RefusedEvent } from '../../../src/engine/errors';
import { corpus } from './corpus';
import { SAMPLES } from './samples';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : name.endsWith('.ts') ? [p] : [];
  });
}

const engineSource = files('src/engine')
  .filter((f) => !f.includes(join('engine', 'messages')))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const saidKeys = [...engineSource.matchAll(/say\(\s*'([^']+)'/g)].map((m) => m[1]);
const catalogueKeys = Object.keys(engineEn);

/** Renders with the English catalogue, but a template reading a parameter it was not given throws. */
function strictRender(m: EngineMessage): string {
  const template = engineEn[m.key] as unknown as (p: Record<string, unknown>) => string;
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.params)) {
    params[k] = isMessage(v)
      ? strictRender(v)
      : Array.isArray(v)
        ? v.map((x) => (isMessage(x) ? strictRender(x) : x))
        : v;
  }
  const guarded = new Proxy(params, {
    get(target, name) {
      if (typeof name === 'string' && !(name in target))
        throw new Error(`${m.key} reads a parameter it was not given: ${name}`);
      return target[name as string];
    },
  });
  return template(guarded);
}

/** Plain data only: what a snapshot, a worker message or a share link can carry. */
function isPlain(v: unknown): boolean {
  if (v === null || ['string', 'number', 'bigint', 'boolean', 'undefined'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every(isPlain);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.values(v as object).every(isPlain);
  return false;
}

describe('the engine message catalogue', () => {
  it('has every key the engine says (and the engine says many)', () => {
    expect(saidKeys.length).toBeGreaterThan(250);
    const missing = [...new Set(saidKeys)].filter((k) => !(k in engineEn));
    expect(missing).toEqual([]);
  });

  it('has no key that nothing says (fault titles and descriptions are said by kind)', () => {
    const said = new Set(saidKeys);
    const unused = catalogueKeys.filter((k) => !said.has(k) && !/^faults\.\w+\.(title|description)$/.test(k));
    expect(unused).toEqual([]);
  });

  it('gives every fault of the catalogue a title and a description', () => {
    const { faults } = corpus();
    expect(faults).toHaveLength(14);
    for (const f of faults) expect(render(f.message)).toBe(f.text);
  });

  it('keys read like the domain: model first, then what happened', () => {
    const models = ['system', 'ethereum', 'cosmos', 'liquid', 'restaking', 'services', 'markets', 'faults'];
    for (const k of catalogueKeys) expect(models).toContain(k.split('.')[0]);
  });

  it('every step and refusal of a broad run carries a message whose English is exactly the text', () => {
    const { steps, refusals } = corpus();
    expect(steps.length).toBeGreaterThan(5000);
    expect(refusals.length).toBeGreaterThan(50);
    const withoutMessage = steps.filter((s) => !s.message);
    expect(withoutMessage.map((s) => s.kind)).toEqual([]);
    for (const s of steps) expect(strictRender(s.message!)).toBe(s.text);
    for (const r of refusals) {
      expect(r.reason, r.message).toBeDefined();
      expect(strictRender(r.reason!)).toBe(r.message);
    }
  });

  it('renders every template of the catalogue from its example parameters alone', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...catalogueKeys].sort());
    for (const [key, params] of Object.entries(SAMPLES)) {
      const text = strictRender({ key, params } as EngineMessage);
      expect(text.length, key).toBeGreaterThan(1);
      expect(text, key).not.toMatch(/undefined|NaN|\[object /);
    }
  });

  it('renders every template reached by a real run with its own parameters, and the run reaches many of them', () => {
    const { steps, refusals } = corpus();
    const seen = new Set<string>();
    const visit = (m: EngineMessage): void => {
      seen.add(m.key);
      for (const v of Object.values(m.params)) {
        if (isMessage(v)) visit(v);
        if (Array.isArray(v)) v.filter(isMessage).forEach(visit);
      }
    };
    steps.forEach((s) => visit(s.message!));
    refusals.forEach((r) => visit(r.reason!));
    corpus().faults.forEach((f) => visit(f.message));
    // Refusals of rare misuse (a minipool id that is taken, ...) are reached by their models' unit tests; every
    // template is rendered from SAMPLES above.
    expect(seen.size).toBeGreaterThan(100);
  });

  it('messages are plain, serialisable data (bigint amounts, as in snapshot.ts)', () => {
    const { steps, refusals } = corpus();
    for (const m of [...steps.map((s) => s.message!), ...refusals.map((r) => r.reason!)]) {
      expect(isPlain(m), m.key).toBe(true);
    }
    const slash = steps.find((s) => s.message?.key === 'ethereum.slash')!;
    expect(typeof slash.message!.params.penalty).toBe('bigint');
    expect(JSON.parse(toJSON(slash.message)).params.penalty).toBe(String(slash.message!.params.penalty));
  });

  it('say builds the message; render and RefusedEvent give its English', () => {
    const m = say('system.transfer', { from: 'Alice', amount: 1_500_000_000n, asset: 'ETH', to: 'Bob' });
    expect(m).toEqual({
      key: 'system.transfer',
      params: { from: 'Alice', amount: 1_500_000_000n, asset: 'ETH', to: 'Bob' },
    });
    expect(render(m)).toBe('Alice sends 1.5 ETH to Bob.');
    const refused = new RefusedEvent(say('system.refused.noHolder', { holder: 'carol' }));
    expect(refused.message).toBe('there is no holder "carol"');
    expect(refused.reason?.key).toBe('system.refused.noHolder');
    expect(new RefusedEvent('plain').reason).toBeUndefined();
  });

  it('renders a nested message (a fault target) inside its parent', () => {
    const m = say('faults.fault', {
      title: say('faults.doubleSign.title'),
      target: say('faults.target.doubleSign', { validators: ['v1', 'v2', 'v3', 'v4', 'v5'] }),
      description: 'D.',
    });
    expect(render(m)).toBe('Fault: double-sign (validators v1, v2, v3 and 2 more). D.');
  });
});
