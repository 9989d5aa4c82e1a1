// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/app/scenario.svelte';
import { ScenarioDraft } from '../../src/app/scenarioDraft.svelte';
import { Selection } from '../../src/app/selection.svelte';
import { Notices } from '../../src/app/notices.svelte';
import { EMPTY_SCENARIO } from '../../src/app/defaultScenario';
import type { DraftJson } from '../../src/app/worldDraft';

async function setup() {
  const scenario = new ScenarioStore();
  expect(scenario.load(EMPTY_SCENARIO)).toBeNull();
  const selection = new Selection();
  const notices = new Notices();
  const saved: DraftJson[] = [];
  const draft = new ScenarioDraft(scenario, selection, notices, (json) => saved.push(json));
  await draft.ready();
  return { scenario, selection, notices, saved, draft };
}

describe('ScenarioDraft', () => {
  it('loads the builder’s rules on demand: before ready() an edit is refused and changes nothing', async () => {
    const scenario = new ScenarioStore();
    expect(scenario.load(EMPTY_SCENARIO)).toBeNull();
    const saved: DraftJson[] = [];
    const draft = new ScenarioDraft(scenario, new Selection(), new Notices(), (json) => saved.push(json));
    expect(draft.loaded).toBe(false);
    expect(draft.add('holder')).toEqual({ key: 'build.notFound' });
    expect(scenario.world!.holders['holder-1']).toBeUndefined();
    expect(saved).toHaveLength(0);
    await draft.ready();
    expect(draft.loaded).toBe(true);
    expect(draft.add('holder')).toBeNull();
    expect(scenario.world!.holders['holder-1']?.name).toBe('Holder 1');
  });

  it('adds each kind to the world the engine folds, selects it and saves the work', async () => {
    const { scenario, selection, saved, draft } = await setup();
    for (const kind of ['holder', 'validator', 'lstPool', 'operator', 'avs'] as const)
      expect(draft.add(kind)).toBeNull();
    const world = scenario.world!;
    expect(world.holders['holder-1']?.name).toBe('Holder 1');
    // 32 ETH, MIN_ACTIVATION_BALANCE (consensus-specs, electra beacon-chain.md), owned by the first holder
    expect(world.ethereum.validators['validator-1']).toBeDefined();
    expect(world.liquid?.lido?.['pool-1']?.name).toBe('Pool 1');
    expect(world.restaking.operators['operator-1']?.name).toBe('Operator 1');
    expect(world.restaking.avss['service-1']?.name).toBe('Service 1');
    expect(selection.id).toBe('avs:service-1');
    expect(saved).toHaveLength(5);
    expect(scenario.view.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'holder:holder-1',
        'validator:validator-1',
        'lstPool:pool-1',
        'operator:operator-1',
        'avs:service-1',
      ]),
    );
  });

  it('refuses a validator before any holder, with the reason', async () => {
    const { draft, scenario } = await setup();
    expect(draft.add('validator')).toEqual({ key: 'build.needsHolder' });
    expect(scenario.scenario?.ethereum).toBeUndefined();
    expect(draft.canUndo).toBe(false);
  });

  it('edits a name and a balance; a bad value gets the schema’s own sentence and changes nothing', async () => {
    const { draft, scenario } = await setup();
    draft.add('holder');
    const ref = { kind: 'holder', id: 'holder-1' } as const;
    expect(draft.edit(ref, 'name', 'Dana')).toBeNull();
    expect(draft.edit(ref, 'eth', '250.5')).toBeNull();
    // 250.5 ETH in gwei
    expect(scenario.world!.ledger.assets.ETH.balances.get('holder:holder-1')).toBe(250_500_000_000n);
    expect(scenario.world!.holders['holder-1'].name).toBe('Dana');
    const before = JSON.stringify(scenario.toJson());
    expect(draft.edit(ref, 'eth', 'lots')).toEqual({
      key: 'build.invalidField',
      field: 'build.field.eth',
      message: 'must be a non-negative decimal number like "32" or "0.5"',
    });
    expect(draft.edit(ref, 'eth', '1.0000000001')).toMatchObject({ field: 'build.field.eth' });
    expect(JSON.stringify(scenario.toJson())).toBe(before);
  });

  it('checks a validator’s balance and a service’s threshold by the format’s rules', async () => {
    const { draft } = await setup();
    draft.add('holder');
    draft.add('validator');
    draft.add('avs');
    // an active validator needs MIN_ACTIVATION_BALANCE = 32 ETH
    expect(draft.edit({ kind: 'validator', id: 'validator-1' }, 'balance', '31')).toMatchObject({
      field: 'build.field.balance',
      message: expect.stringContaining('at least 32 ETH'),
    });
    expect(draft.edit({ kind: 'avs', id: 'service-1' }, 'threshold', '3/2')).toMatchObject({
      field: 'build.field.threshold',
      message: 'must be between 0 and 1',
    });
    expect(draft.edit({ kind: 'avs', id: 'service-1' }, 'profit', '60')).toBeNull();
    expect(draft.edit({ kind: 'avs', id: 'service-1' }, 'slash', '1/4')).toBeNull();
    expect(draft.edit({ kind: 'lstPool', id: 'x' }, 'fee', '5')).toEqual({ key: 'build.notFound' });
  });

  it('deletes with undo and redo, dropping the events that named what went', async () => {
    const { draft, scenario, notices } = await setup();
    draft.add('holder');
    draft.add('holder');
    expect(scenario.dispatch({ type: 'Transfer', from: 'holder-1', to: 'holder-2', amount: '1' }).ok).toBe(true);
    const before = JSON.stringify(scenario.toJson());
    expect(draft.remove({ kind: 'holder', id: 'holder-2' }, 'Holder 2')).toBeNull();
    expect(scenario.world!.holders['holder-2']).toBeUndefined();
    // the transfer named holder-2: dropped, and said
    expect(scenario.log).toHaveLength(0);
    expect(notices.notice?.text).toEqual({ key: 'build.removedDropped', params: { name: 'Holder 2', count: 1 } });
    expect(notices.notice?.action?.label).toEqual({ key: 'build.undo' });
    draft.undo();
    expect(JSON.stringify(scenario.toJson())).toBe(before);
    // the deletion's notice (and its Undo) goes with the deletion
    expect(notices.notice).toBeNull();
    draft.redo();
    expect(scenario.world!.holders['holder-2']).toBeUndefined();
  });

  it('export then import gives the same scenario', async () => {
    const { draft, scenario } = await setup();
    for (const kind of ['holder', 'holder', 'validator', 'lstPool', 'operator', 'avs'] as const) draft.add(kind);
    draft.edit({ kind: 'holder', id: 'holder-2' }, 'name', 'Eve');
    const file = JSON.stringify(scenario.toJson(), null, 2);
    const again = ScenarioStore.from(JSON.parse(file));
    expect(again.toJson()).toEqual(scenario.toJson());
  });

  it('another scenario opened starts a new history', async () => {
    const { draft, scenario } = await setup();
    draft.add('holder');
    expect(draft.canUndo).toBe(true);
    scenario.load(EMPTY_SCENARIO);
    expect(draft.canUndo).toBe(false);
  });
});

describe('ScenarioDraft on a prepared scenario opened at its start', () => {
  it('keeps the story’s events ahead of the cursor when the world is edited, and undo brings back the same', async () => {
    const scenario = new ScenarioStore();
    const notices = new Notices();
    const draft = new ScenarioDraft(scenario, new Selection(), notices, () => {});
    await draft.ready();
    const story = {
      ...EMPTY_SCENARIO,
      holders: [
        { id: 'a', balances: { ETH: '10' } },
        { id: 'b', balances: { ETH: '0' } },
      ],
      events: [
        { type: 'Transfer', from: 'a', to: 'b', amount: '1' },
        { type: 'Transfer', from: 'a', to: 'b', amount: '2' },
      ],
    };
    expect(scenario.load(story, { atStart: true })).toBeNull();
    const before = JSON.stringify(draft.json);
    expect(draft.add('operator')).toBeNull();
    expect(scenario.position).toBe(0);
    expect(scenario.log).toHaveLength(2);
    draft.undo();
    expect(JSON.stringify(draft.json)).toBe(before);
    expect(scenario.position).toBe(0);
  });
});
