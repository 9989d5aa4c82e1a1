/**
 * The builder's additions for issue 13 item 7: names for validators (and lending markets) in the scenario format,
 * shared vaults and liquid restaking tokens as draft entities, and random draft edits that always export a file
 * the format and the engine accept, which imports again to the same JSON.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addEntity,
  BUILD_KINDS,
  editField,
  entitiesOf,
  fieldsOf,
  readField,
  removeEntity,
  strategyLabel,
  type BuildKind,
  type DraftJson,
  type EntityRef,
} from '../../../src/app/worldDraft';
import { EMPTY_SCENARIO } from '../../../src/app/defaultScenario';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { exportScenarioText, importScenarioText } from '../../../src/engine/scenario/exchange';
import { readJson } from '../../../src/engine/scenario/readJson';
import { initWorld } from '../../../src/engine/sim';
import { buildWorldView } from '../../../src/app/worldView';
import type { ScenarioInput } from '../../../src/engine/scenario/schema';

const must = (change: ReturnType<typeof addEntity>): Extract<typeof change, { ok: true }> => {
  if (!change.ok) throw new Error(JSON.stringify(change.problem));
  return change;
};
const empty = () => structuredClone(EMPTY_SCENARIO) as unknown as DraftJson;
const world = (json: DraftJson) => {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value).world;
};

const withValidator = (validator: Record<string, unknown>): DraftJson => ({
  ...empty(),
  holders: [{ id: 'alice', name: 'Alice', balances: { ETH: '100' } }],
  ethereum: { validators: [{ owner: 'alice', balance: '32', ...validator }] },
});

describe('names in the scenario format', () => {
  it('a file written before validators had names still loads, and the card shows the id', () => {
    const w = world(withValidator({ id: 'v1' }));
    expect(w.ethereum.validators.v1.name).toBeUndefined();
    // absent stays absent: the world of an old file is byte-identical to what it was
    expect('name' in w.ethereum.validators.v1).toBe(false);
    expect(buildWorldView(w).entities.find((e) => e.id === 'validator:v1')?.name).toBe('v1');
  });

  it('a named validator shows its name on its card', () => {
    const w = world(withValidator({ id: 'v1', name: 'Alice’s validator' }));
    expect(buildWorldView(w).entities.find((e) => e.id === 'validator:v1')?.name).toBe('Alice’s validator');
  });

  it('a name is only words on a card: "__proto__" or "constructor" is a fine name, never a key', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const w = world(withValidator({ id: 'v1', name }));
      expect(Object.getPrototypeOf(w.ethereum.validators.v1)).toBe(Object.prototype);
      expect(buildWorldView(w).entities.find((e) => e.id === 'validator:v1')?.name).toBe(name);
    }
    // but an id made from such a name is never one (idFromName)
    let json = withValidator({ id: 'v1' });
    json = must(editField(json, { kind: 'holder', id: 'alice' }, 'name', '__proto__')).json;
    json = must(addEntity(json, 'holder')).json;
    expect(entitiesOf(json, 'holder').map((h) => h.id)).toEqual(['alice', 'holder-2']);
  });

  it('an empty or too long validator name is refused with the format’s reason', () => {
    let json = must(addEntity(must(addEntity(empty(), 'holder')).json, 'validator')).json;
    const ref: EntityRef = { kind: 'validator', id: 'validator-1' };
    json = must(editField(json, ref, 'name', 'Dana’s first')).json;
    expect(readField(json, ref, 'name')).toBe('Dana’s first');
    const long = editField(json, ref, 'name', 'x'.repeat(81));
    expect(long.ok).toBe(false);
    if (!long.ok && long.problem.key === 'build.invalidField') {
      expect(long.problem.field).toBe('build.field.name');
      expect(long.problem.message).toMatch(/80/);
    }
  });

  it('a lending market may have a name (optional)', () => {
    const parsed = parseScenario({
      ...empty(),
      holders: [{ id: 'bank', balances: { ETH: '1000' } }],
      markets: { lending: [{ id: 'aave', name: 'Lending market', supplier: 'bank', reserve: '100', collateral: [] }] },
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const w = initWorld(parsed.value).world;
      expect(buildWorldView(w).entities.find((e) => e.id === 'lending:aave')?.name).toBe('Lending market');
    }
  });
});

describe('vaults and liquid restaking tokens', () => {
  it('a liquid restaking token needs a token to restake and an operator, and says so', () => {
    const noToken = addEntity(empty(), 'lrt');
    expect(noToken.ok ? null : noToken.problem).toEqual({ key: 'build.needsToken' });
    const pool = must(addEntity(must(addEntity(empty(), 'holder')).json, 'lstPool')).json;
    const noOperator = addEntity(pool, 'lrt');
    expect(noOperator.ok ? null : noOperator.problem).toEqual({ key: 'build.needsOperator' });
    const lrt = must(addEntity(must(addEntity(pool, 'operator')).json, 'lrt'));
    expect((lrt.json.restaking as { lrts: unknown[] }).lrts).toEqual([
      { id: 'restaked-token-1', name: 'Restaked token 1', strategy: 'pool-1-steth', operators: ['operator-1'] },
    ]);
    expect(world(lrt.json).restaking.lrts['restaked-token-1'].operators).toEqual(['operator-1']);
    expect(strategyLabel(lrt.json, 'pool-1-steth')).toBe('stETH (Pool 1)');
  });

  it('a vault’s limit per service and share per operator are fields, written as Symbiotic’s delegator holds them', () => {
    let json = empty();
    for (const kind of ['holder', 'operator', 'avs', 'vault'] as const) json = must(addEntity(json, kind)).json;
    const ref: EntityRef = { kind: 'vault', id: 'vault-1' };
    expect(fieldsOf(json, ref).map((f) => f.name)).toEqual([
      'name',
      'asset',
      'limit:service-1',
      'share:service-1:operator-1',
    ]);
    json = must(editField(json, ref, 'limit:service-1', '50')).json;
    json = must(editField(json, ref, 'share:service-1:operator-1', '1')).json;
    const vault = () => (json.restaking as { vaults: Record<string, unknown>[] }).vaults[0];
    expect(vault()).toEqual({
      id: 'vault-1',
      name: 'Vault 1',
      asset: 'ETH',
      networkLimits: { 'service-1': '50' },
      operatorShares: { 'service-1': { 'operator-1': '1' } },
    });
    expect(readField(json, ref, 'limit:service-1')).toBe('50');
    const bad = editField(json, ref, 'limit:service-1', 'much');
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.problem.key === 'build.invalidField') expect(bad.problem.field).toBe('build.field.limit');
    // an empty limit removes it
    json = must(editField(json, ref, 'limit:service-1', '')).json;
    expect(vault().networkLimits).toEqual({});
    // deleting the service or the operator removes what names them
    json = must(editField(json, ref, 'limit:service-1', '50')).json;
    json = must(removeEntity(json, { kind: 'operator', id: 'operator-1' })).json;
    expect(vault().operatorShares).toEqual({});
    json = must(removeEntity(json, { kind: 'avs', id: 'service-1' })).json;
    expect(vault().networkLimits).toEqual({});
    expect(world(json).restaking.vaults['vault-1'].name).toBe('Vault 1');
  });

  it('an LRT’s operators are edited as a list; none is refused; deleting its last operator deletes it', () => {
    let json = empty();
    for (const kind of ['holder', 'lstPool', 'operator', 'operator', 'lrt'] as const)
      json = must(addEntity(json, kind)).json;
    const ref: EntityRef = { kind: 'lrt', id: 'restaked-token-1' };
    json = must(editField(json, ref, 'operators', 'operator-1,operator-2')).json;
    expect(world(json).restaking.lrts['restaked-token-1'].positions).toHaveLength(2);
    const none = editField(json, ref, 'operators', '');
    expect(none.ok ? null : none.problem).toMatchObject({
      key: 'build.invalidField',
      field: 'build.field.lrtOperators',
    });
    json = must(removeEntity(json, { kind: 'operator', id: 'operator-1' })).json;
    expect(readField(json, ref, 'operators')).toBe('operator-2');
    json = must(removeEntity(json, { kind: 'operator', id: 'operator-2' })).json;
    expect(entitiesOf(json, 'lrt')).toEqual([]);
  });

  it('export then import gives the identical JSON', () => {
    let json = empty();
    for (const kind of ['holder', 'validator', 'lstPool', 'operator', 'avs', 'vault', 'lrt'] as const)
      json = must(addEntity(json, kind)).json;
    json = must(editField(json, { kind: 'validator', id: 'validator-1' }, 'name', 'Named')).json;
    json = must(editField(json, { kind: 'vault', id: 'vault-1' }, 'limit:service-1', '12.5')).json;
    const text = exportScenarioText(json as unknown as ScenarioInput);
    expect(importScenarioText(text).ok).toBe(true);
    const back = readJson(text);
    expect(back.ok && back.value).toEqual(json);
  });
});

// ---- random draft edits --------------------------------------------------------------------------------------

type Edit =
  | { op: 'add'; kind: BuildKind }
  | { op: 'edit'; pick: number; field: number; value: string }
  | { op: 'remove'; pick: number };

const values = fc.oneof(
  fc.constantFrom('0', '1', '12.5', '32', '100', '0.2', '1/2', '2', '-1', '', 'ETH', 'lots', '__proto__', 'a,b'),
  fc.string({ maxLength: 12 }),
);
const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('add' as const), kind: fc.constantFrom(...BUILD_KINDS) }) },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), field: fc.nat(), value: values }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }) },
  ),
  { maxLength: 25 },
);

const refs = (json: DraftJson): EntityRef[] =>
  BUILD_KINDS.flatMap((kind) => entitiesOf(json, kind).map((e) => ({ kind, id: e.id })));

describe('random draft edits', () => {
  it('always leave a file the format and the engine accept, which exports and imports again identically', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        let json = empty();
        for (const step of steps) {
          const all = refs(json);
          let change;
          if (step.op === 'add') change = addEntity(json, step.kind);
          else if (!all.length) continue;
          else if (step.op === 'remove') change = removeEntity(json, all[step.pick % all.length]);
          else {
            const ref = all[step.pick % all.length];
            const fields = fieldsOf(json, ref);
            const field = fields[step.field % fields.length];
            // the editor offers only the world's own operators and strategies; text fields take anything
            const value =
              field.input === 'operators'
                ? entitiesOf(json, 'operator')
                    .filter((_, i) => (step.field >> i) & 1)
                    .map((o) => o.id)
                    .join(',')
                : field.input === 'holder'
                  ? (entitiesOf(json, 'holder')[step.field % Math.max(1, entitiesOf(json, 'holder').length)]?.id ?? '')
                  : step.value;
            change = editField(json, ref, field.name, value);
          }
          if (!change.ok) continue;
          json = change.json;
          expect(parseScenario(json).ok).toBe(true);
          world(json);
        }
        const text = exportScenarioText(json as unknown as ScenarioInput);
        expect(importScenarioText(text).ok).toBe(true);
        const back = readJson(text);
        expect(back.ok && back.value).toEqual(json);
      }),
      { numRuns: 150 },
    );
  });
});
