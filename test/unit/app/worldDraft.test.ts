import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addEntity, idFromName, refOf, removeEntity, takenIds, type DraftJson } from '../../../src/app/worldDraft';
import { Id } from '../../../src/engine/scenario/primitives';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from '../../../src/app/defaultScenario';
import { parseScenario } from '../../../src/engine/scenario/validate';
import * as v from 'valibot';

describe('idFromName', () => {
  it('makes readable, unique ids and never a name every object already has', () => {
    expect(idFromName('Holder 1', new Set())).toBe('holder-1');
    expect(idFromName('Holder 1', new Set(['holder-1']))).toBe('holder-1-2');
    expect(idFromName('Zoë’s  Node!', new Set())).toBe('zoe-s-node');
    // Object.prototype's names are refused as ids (scenario-format.md, "Ids"): a suffix makes them safe
    expect(idFromName('constructor', new Set())).toBe('constructor-2');
    expect(idFromName('__proto__', new Set())).toBe('proto');
    expect(idFromName('toString', new Set())).toBe('tostring');
    expect(idFromName('hasOwnProperty', new Set())).toBe('hasownproperty');
    expect(idFromName('!!!', new Set())).toBe('entity');
  });

  it('always gives an id the format accepts, not yet taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uniqueArray(fc.string(), { maxLength: 5 }), (name, taken) => {
        const id = idFromName(name, new Set(taken));
        expect(v.safeParse(Id, id).success).toBe(true);
        expect(taken).not.toContain(id);
      }),
    );
  });
});

describe('addEntity and removeEntity', () => {
  it('adds beside what the starter network holds, with ids unique across every kind', () => {
    let json = structuredClone(DEFAULT_SCENARIO) as unknown as DraftJson;
    for (const kind of ['holder', 'operator', 'avs', 'lstPool'] as const) {
      const change = addEntity(json, kind);
      if (!change.ok) throw new Error(JSON.stringify(change.problem));
      json = change.json;
    }
    expect(parseScenario(json).ok).toBe(true);
    const ids = [...takenIds(json)];
    expect(new Set(ids).size).toBe(ids.length);
    // the starter pool's operator, given as { id, name }, holds its id too
    expect(ids).toContain('pool-node');
    // "Pool 2" (the starter has one pool); its stETH gets a restaking strategy, so a holder's ETH can reach an operator through it
    expect((json.restaking as { strategies: { asset: string }[] }).strategies.map((s) => s.asset)).toContain(
      'stETH:pool-2',
    );
  });

  it('removing the starter’s operator Orion removes its delegation, registrations and allocations', () => {
    const json = structuredClone(DEFAULT_SCENARIO) as unknown as DraftJson;
    const change = removeEntity(json, { kind: 'operator', id: 'orion' });
    if (!change.ok) throw new Error('refused');
    const r = change.json.restaking as Record<string, { operator?: string }[]>;
    for (const key of ['delegations', 'registrations', 'allocations'])
      expect(r[key].some((x) => x.operator === 'orion')).toBe(false);
    expect(r.registrations).toHaveLength(3);
    expect(parseScenario(change.json).ok).toBe(true);
  });

  it('a world emptied again is the empty file it started as', () => {
    let json = structuredClone(EMPTY_SCENARIO) as unknown as DraftJson;
    const added: string[] = [];
    for (const kind of ['holder', 'validator', 'lstPool', 'operator', 'avs'] as const) {
      const change = addEntity(json, kind);
      if (!change.ok) throw new Error('refused');
      json = change.json;
      added.push(`${change.ref.kind}:${change.ref.id}`);
    }
    for (const node of added.reverse()) {
      const change = removeEntity(json, refOf(node)!);
      if (!change.ok) throw new Error('refused');
      json = change.json;
    }
    expect(json).toEqual(EMPTY_SCENARIO);
  });

  it('reads node ids of the kinds it builds only', () => {
    expect(refOf('holder:alice')).toEqual({ kind: 'holder', id: 'alice' });
    expect(refOf('lending:aave')).toBeNull();
    expect(refOf('group:x')).toBeNull();
  });
});
