// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import GraphHarness from './GraphHarness.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import type { TraceStep } from '../../src/engine/trace';

beforeAll(() => {
  // jsdom lacks what Svelte Flow measures with.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor() {}
  };
});

function cosmosSandbox(events: number): Sandbox {
  const raw = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));
  raw.events = raw.events.slice(0, events);
  const s = new Sandbox();
  expect(s.scenario.load(raw)).toBeNull();
  return s;
}

describe('graph nodes (EntityNode, GroupNode) rendered in Svelte Flow', () => {
  it('draws a Cosmos validator card with tokens, commission and status in words', () => {
    const sandbox = cosmosSandbox(6);
    const { container } = render(GraphHarness, { props: { sandbox } });
    const nova = container.querySelector('.svelte-flow__node[data-id="cosmosValidator:nova"]')!;
    expect(nova).not.toBeNull();
    expect(nova.textContent).toContain('Validator (Cosmos)');
    expect(nova.textContent).toContain('tombstoned');
    expect(nova.textContent).toContain('93,575 ATOM');
    expect(nova.textContent).toContain('commission');
    expect(nova.textContent).toContain('10%');
    expect(nova.querySelector('.node')!.classList.contains('slashed')).toBe(true);
    // (Edges need measured nodes, which jsdom cannot give: their ATOM labels are checked in test/e2e/cosmos.spec.ts.)
  });

  it('a cascade step touching a Cosmos validator flashes its card', () => {
    const sandbox = cosmosSandbox(5);
    const { container } = render(GraphHarness, { props: { sandbox } });
    const outcome = sandbox.scenario.dispatch({ type: 'CosmosDoubleSign', validator: 'nova', infractionEpoch: 400 });
    expect(outcome.ok).toBe(true);
    sandbox.cascade.pause();
    flushSync();
    const nova = container.querySelector('.svelte-flow__node[data-id="cosmosValidator:nova"] .node')!;
    // Step through until a step touches Nova (the first one does: the evidence is about it).
    let flashed = false;
    for (let i = 0; i < sandbox.cascade.steps.length && !flashed; i++) {
      flashed = nova.classList.contains('flash');
      if (!flashed) {
        sandbox.cascade.next();
        flushSync();
      }
    }
    expect(flashed).toBe(true);
  });

  it('holder rows that list several assets wrap between items, with the full text in the title', () => {
    const s = new Sandbox();
    expect(
      s.scenario.load({
        format: 'restaking-lab/scenario',
        version: 1,
        name: 'two assets',
        holders: [{ id: 'ann', name: 'Ann', balances: { ETH: '16', LST: '16.0009' } }],
      }),
    ).toBeNull();
    const { container } = render(GraphHarness, { props: { sandbox: s } });
    const row = container.querySelector('.svelte-flow__node[data-id="holder:ann"] .facts .list')!;
    expect(row).not.toBeNull();
    expect([...row.querySelectorAll('.part')].map((p) => p.textContent)).toEqual(['16 ETH ·', '16.0009 LST']);
    expect(row.getAttribute('title')).toBe('holds: 16 ETH · 16.0009 LST');
    expect(row.querySelector('dt')!.textContent).toBe('holds');
  });
});

describe('group node', () => {
  // 30 holders delegating to 20 Cosmos validators: above 16 the smallest form "N other validators".
  function bigCosmos(): Sandbox {
    const validators = Array.from({ length: 20 }, (_, i) => ({
      id: `v${i}`,
      name: `Val ${i}`,
      operator: `op${i}`,
      selfBond: String(100 + i),
      commission: '0.05',
    }));
    const s = new Sandbox();
    const problem = s.scenario.load({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'many validators',
      holders: [
        ...validators.map((v) => ({ id: v.operator, balances: { ATOM: '1000' } })),
        { id: 'ann', name: 'Ann', balances: { ATOM: '100' } },
      ],
      cosmos: { token: 'ATOM', validators },
    });
    expect(problem).toBeNull();
    return s;
  }

  it('a cascade step brings the members it touches out of the group, flashing; they stay until the layout is reset', () => {
    const sandbox = bigCosmos();
    const { container } = render(GraphHarness, { props: { sandbox } });
    const group = () => container.querySelector('.svelte-flow__node[data-id="group:cosmosValidators"] .node');
    const card = (id: string) => container.querySelector(`.svelte-flow__node[data-id="cosmosValidator:${id}"] .node`);
    // 32 cards: 16 holders and 16 validators, each tail grouped
    expect(container.querySelectorAll('.svelte-flow__node')).toHaveLength(32);
    expect(group()!.textContent).toContain('5 other validators');
    expect(group()!.classList.contains('flash')).toBe(false);
    // v0 and v1 are the smallest, so they are in the group. A cascade whose second step touches them (and Ann).
    const step = (id: number, entities: string[]): TraceStep => ({
      id,
      parent: null,
      kind: 'test',
      layer: 'chain',
      entities,
      amounts: {},
      movements: [],
      text: `step ${id}`,
    });
    sandbox.cascade.play([step(0, ['ann']), step(1, ['ann', 'v0', 'v1', 'v1']), step(2, ['ann'])]);
    sandbox.cascade.pause();
    flushSync();
    expect(card('v0')).toBeNull();
    sandbox.cascade.next();
    flushSync();
    // Two distinct members (v1 is named twice) leave the group: 5 - 2 = 3 left, and each flashes on its own card.
    expect(group()!.textContent).toContain('3 other validators');
    for (const id of ['v0', 'v1']) {
      expect(card(id)!.classList.contains('flash')).toBe(true);
      expect(card(id)!.textContent).toContain('bonded');
    }
    expect(card('v0')!.textContent).toContain('100 ATOM');
    // The next step touches neither: they stay drawn on their own.
    sandbox.cascade.next();
    flushSync();
    expect(card('v0')!.classList.contains('flash')).toBe(false);
    expect(card('v1')).not.toBeNull();
    // Resetting the layout puts them back into the group.
    sandbox.graph.resetLayout();
    flushSync();
    expect(card('v0')).toBeNull();
    expect(group()!.textContent).toContain('5 other validators');
    // Expanding draws every member.
    sandbox.graph.setExpandOperators(true);
    flushSync();
    expect(group()).toBeNull();
    expect(card('v0')).not.toBeNull();
    expect(card('v0')!.textContent).toContain('100 ATOM');
  });
});
