import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../../src/engine/scenario/validate';
import { buildWorldView } from '../../../src/app/worldView';
import { dropPlan, type DropTarget } from '../../../src/app/dropActions';
import { splitNodeId } from '../../../src/app/nodeId';
import { readExample, timelineOf } from './exampleTimeline';

/**
 * Issue 13's walk, lrt-slashed-operator: Alice (restaked tokens), Bob (ETH borrowed against his tokens) and the
 * liquidator (ETH) each had a stake chip that no place took. Their tokens have markets to go to, by the markets
 * model's own events: sold into (or bought from) the AMM pool (Swap), deposited as collateral (Supply).
 */
const scenario = readExample('lrt-slashed-operator.json');
const storyEnd = () => timelineOf(scenario, { played: true });

describe('stake chips of the LRT scenario all have a place to go', () => {
  const timeline = storyEnd();
  const world = timeline.world;
  const places: DropTarget[] = buildWorldView(world).entities.map((e) => ({
    nodeId: e.id,
    ...splitNodeId(e.id),
    name: e.name,
  }));
  const takes = (holder: string) =>
    places.filter((t) => t.nodeId !== `holder:${holder}` && dropPlan(world, holder, t).ok).map((t) => t.nodeId);

  it('Alice can sell her restaked token into its pool or lend against it; Bob and the liquidator can buy it', () => {
    expect(takes('alice')).toEqual(['ammPool:rstpool', 'lending:lend']);
    expect(takes('bob')).toEqual(['ammPool:rstpool']);
    expect(takes('keeper')).toEqual(['ammPool:rstpool']);
  });

  it('the engine takes each drop’s events (Swap selling LRT, Swap selling ETH, Supply)', () => {
    const target = (id: string) => places.find((p) => p.nodeId === id)!;
    const cases: [string, string, string][] = [
      ['alice', 'ammPool:rstpool', 'LRT:rst'],
      ['alice', 'lending:lend', 'LRT:rst'],
      ['keeper', 'ammPool:rstpool', 'ETH'],
    ];
    for (const [holder, node, asset] of cases) {
      const plan = dropPlan(world, holder, target(node));
      if (!plan.ok) throw new Error(`${holder} on ${node} is refused`);
      expect(plan.asset).toBe(asset);
      const fresh = storyEnd();
      const events = parseEvents(plan.events('10'));
      if (!events.ok) throw new Error(`the events of ${holder} -> ${node} parse`);
      for (const event of events.value) {
        const out = fresh.append(event, undefined);
        expect(out.ok, `${holder} -> ${node}`).toBe(true);
      }
    }
  });

  it('a holder with no accepted collateral is told which tokens the market takes', () => {
    const plan = dropPlan(
      world,
      'keeper',
      places.find((p) => p.nodeId === 'lending:lend')!,
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.reason).toEqual({
        key: 'drop.refused.noCollateral',
        params: { market: 'Lending market', holder: 'Liquidator', assets: 'LRT' },
      });
  });
});

describe('lesson 4: Bob, who holds only the pool’s stETH, can drop it back on the pool', () => {
  // 768 stETH at the scenario's start (public/scenarios/lesson-liquid-staking.json: holders bob eth 768, share
  // rate 1 before any report), no ETH: the pool offers Lido's withdrawal queue (WithdrawalQueue.requestWithdrawals).
  const lesson = readExample('lesson-liquid-staking.json');
  const timeline = timelineOf(lesson, { played: false });
  const pool: DropTarget = { nodeId: 'lstPool:lido', kind: 'lstPool', ref: 'lido', name: 'Lido-like pool' };

  it('asks for a withdrawal of up to 768 stETH, and the engine queues it', () => {
    const plan = dropPlan(timeline.world, 'bob', pool);
    if (!plan.ok) throw new Error('Bob on the pool is refused');
    expect(plan.asset).toBe('stETH:lido');
    expect(plan.available).toBe(768n * 1_000_000_000n);
    const events = parseEvents(plan.events('10'));
    if (!events.ok) throw new Error('the events parse');
    expect(events.value).toEqual([
      { type: 'LidoRequestWithdrawal', holder: 'bob', pool: 'lido', amount: 10n * 1_000_000_000n },
    ]);
    for (const event of events.value) expect(timeline.append(event, undefined).ok).toBe(true);
  });

  it('Alice, who holds ETH, still deposits it', () => {
    const plan = dropPlan(timelineOf(lesson, { played: false }).world, 'alice', pool);
    if (!plan.ok) throw new Error('Alice on the pool is refused');
    expect(plan.asset).toBe('ETH');
  });
});
