// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { tm } from '../../src/ui/messages';
import { planDrop } from '../../src/app/dropActions';
import { loadStakeDragRules } from '../../src/app/stakeDrag.svelte';

// The sandbox loads the drag's rules on idle after its first view (or at a first pick-up): here, before any test.
beforeAll(() => loadStakeDragRules());

/** Dropping stake on a Cosmos validator through the sandbox controller: the drop becomes MsgDelegate, refusals are the engine's. */
function sandbox(): Sandbox {
  const raw = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));
  raw.events = raw.events.slice(0, 4);
  // Erin (in the prepared scenario) holds 2,000 ATOM not yet delegated; Eve holds only ETH.
  raw.holders.push({ id: 'eve', name: 'Eve', balances: { ETH: '5' } });
  const s = new Sandbox();
  expect(s.scenario.load(raw)).toBeNull();
  return s;
}

function carryTo(s: Sandbox, holder: string, nodeId: string): void {
  s.drag.pickUp(holder, null);
  expect(s.drag.targets.some((t) => t.nodeId === nodeId)).toBe(true);
  s.drag.hoverNode(nodeId);
}

describe('drop on a Cosmos validator', () => {
  it("offers the chain's validators as targets, announced as Cosmos validators", () => {
    const s = sandbox();
    carryTo(s, 'erin', 'cosmosValidator:lyra');
    expect(tm(s.notices.announcement)).toMatch(/Lyra, Validator \(Cosmos\)/);
  });

  it("becomes a delegation in ATOM; the holder's edge and the validator's tokens change by exactly that", () => {
    const s = sandbox();
    carryTo(s, 'erin', 'cosmosValidator:lyra');
    expect(s.drag.drop()).toBe(true);
    expect(s.drag.asset).toBe('ATOM');
    expect(s.drag.holder?.available).toBe(2_000n * 1_000_000_000n);
    const outcome = s.drag.confirm('123.456789');
    expect(outcome?.ok).toBe(true);
    expect(s.scenario.log.at(-1)).toEqual({
      type: 'CosmosDelegate',
      holder: 'erin',
      validator: 'lyra',
      amount: '123.456789',
    });
    const edge = s.scenario.view.links.find((l) => l.source === 'holder:erin' && l.target === 'cosmosValidator:lyra');
    expect(edge?.amount).toBe(123_456_789_000n);
    // Lyra had 5,300 ATOM (5,000 self-bond + Carol's 300).
    expect(s.scenario.view.entities.find((e) => e.id === 'cosmosValidator:lyra')!.facts[0].raw).toBe(
      5_423_456_789_000n,
    );
  });

  it("more than the holder has is refused with the engine's sentence, the state unchanged", () => {
    const s = sandbox();
    carryTo(s, 'erin', 'cosmosValidator:nova');
    s.drag.drop();
    const before = s.scenario.position;
    const outcome = s.drag.confirm('2500');
    expect(outcome?.ok).toBe(false);
    expect(s.scenario.position).toBe(before);
    // The engine's own refusal (src/engine/staking/cosmos/delegation.ts), passed through word for word.
    expect(tm(s.notices.notice!.text)).toMatch(/^Not allowed: Erin has only 2,000 ATOM and cannot delegate 2,500 ATOM/);
  });

  it('a holder with no ATOM has nowhere to put it: no target, and the reason is the planner’s', () => {
    const s = sandbox();
    s.drag.pickUp('eve', { x: 0, y: 0 });
    expect(s.drag.phase).toBe('idle');
    expect(tm(s.notices.notice!.text)).toBe('There is nowhere to put stake from Eve yet.');
    const nova = { nodeId: 'cosmosValidator:nova', kind: 'cosmosValidator', ref: 'nova', name: 'Nova' } as const;
    const plan = planDrop(s.scenario.world!, 'holder', 'eve', nova);
    expect(!plan.ok && tm(plan.reason)).toBe('Eve has no ATOM to put into Nova.');
  });

  it('while Erin carries ATOM, a place that cannot take it is dimmed with its reason, and letting go there says it', () => {
    const s = sandbox();
    s.drag.pickUp('erin', { x: 0, y: 0 });
    expect(s.drag.phase).toBe('carrying');
    expect(s.drag.blocked('cosmosValidator:lyra')).toBeNull();
    const onHolder = s.drag.blocked('holder:alice')!;
    expect(tm(onHolder.reason)).toBe('Alice does not take deposits.');
    s.drag.point({ x: 1, y: 1 }, 'holder:alice');
    expect(s.drag.blockedHover?.target.nodeId).toBe('holder:alice');
    expect(s.drag.drop()).toBe(false);
    expect(tm(s.notices.notice!.text)).toContain('Alice does not take deposits.');
    expect(s.drag.phase).toBe('idle');
  });
});
