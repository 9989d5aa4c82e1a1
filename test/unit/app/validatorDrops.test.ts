import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../../src/engine/scenario/validate';
import { dropPlan, type DropTarget } from '../../../src/app/dropActions';
import { readExample, timelineOf } from './exampleTimeline';

/**
 * solo-staker-slashed at its end: v1 is slashed and exiting, v2 still active. The engine refuses a deposit to an
 * exiting or slashed validator (consensus-specs: its balance is only paid back once withdrawable; the engine's
 * acceptsTopUp), so the drop never offers one: Alice's drop on v1 starts a new validator, Bob's is refused with
 * the reason, and v2 still offers both.
 */
const scenario = readExample('solo-staker-slashed.json');
const storyEnd = () => timelineOf(scenario, { played: true });
const target = (ref: string): DropTarget => ({ nodeId: `validator:${ref}`, kind: 'validator', ref, name: ref });

describe('dropping ETH on a validator that is exiting', () => {
  const world = storyEnd().world;

  it('its owner gets one choice, a new validator, which the engine takes', () => {
    const plan = dropPlan(world, 'alice', target('v1'));
    if (!plan.ok) throw new Error('Alice on v1 is refused');
    expect(plan.choices.map((c) => c.via?.id)).toEqual(['v3']);
    const timeline = storyEnd();
    const events = parseEvents(plan.events('1'));
    if (!events.ok) throw new Error('the events parse');
    expect(events.value).toMatchObject([{ type: 'EthDeposit', holder: 'alice', validator: 'v3' }]);
    for (const e of events.value) expect(timeline.append(e, undefined).ok).toBe(true);
  });

  it('anyone else is told why, before carrying it there', () => {
    const plan = dropPlan(world, 'bob', target('v1'));
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.reason).toMatchObject({ key: 'drop.refused.validatorExiting', params: { validator: 'v1' } });
  });

  it('an active validator still offers a top-up and a new one', () => {
    const plan = dropPlan(world, 'alice', target('v2'));
    if (!plan.ok) throw new Error('Alice on v2 is refused');
    expect(plan.choices.map((c) => c.via?.id)).toEqual(['v2', 'v3']);
  });
});
