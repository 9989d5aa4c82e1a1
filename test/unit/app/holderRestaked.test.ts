import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { buildWorldView } from '../../../src/app/worldView';
import { DEFAULT_SCENARIO } from '../../../src/app/defaultScenario';

/**
 * Issue 13: a holder card said "restaked 255 ETH" where the narration said "restakes ... LST". The card names the
 * asset actually restaked, in that asset's units (one name per asset); its worth stays in ETH.
 */
function holderFacts(raw: unknown): Map<string, Map<string, string>> {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const world = fold(parsed.value as Scenario).world;
  return new Map(
    buildWorldView(world)
      .entities.filter((e) => e.kind === 'holder')
      .map((e) => [e.name, new Map(e.facts.map((f) => [f.label, f.value]))]),
  );
}
const file = (name: string) => JSON.parse(readFileSync(`public/scenarios/${name}`, 'utf8'));

describe("a holder card's restaked row names the asset restaked", () => {
  it('the starter network: Alice and Bob restaked the LST (48 and 32), not ETH', () => {
    const cards = holderFacts(DEFAULT_SCENARIO);
    expect(cards.get('Alice')!.get('fact.restaked')).toBe('48 LST');
    expect(cards.get('Bob')!.get('fact.restaked')).toBe('32 LST');
    expect(cards.get('Carol')!.has('fact.restaked')).toBe(false);
  });

  it('three AVSs: Alice restaked 300 LST with Op1; the oracle slashed half of the 90 LST Op1 allocated to it', () => {
    // Op1 allocates 30% of its 300 LST to the oracle (90); the oracle slashes 50% of that: 45 LST burned, 255 left.
    const alice = holderFacts(file('three-avs-unique.json')).get('Alice')!;
    expect(alice.get('fact.restaked')).toBe('255 LST');
    expect(alice.get('fact.worth')).toBe('255 ETH');
  });

  it('natively restaked ETH (an EigenPod) stays ETH', () => {
    expect(holderFacts(file('lesson-restaking.json')).get('Bob')!.get('fact.restaked')).toBe('100 ETH');
  });
});
