// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { directYield, yieldBreakdown, ownedAccounts } from '../../src/app/dashboardYield';
import { Replayer } from '../../src/app/replayCore';
import { holderValue } from '../../src/app/inspector';
import { parseScenario } from '../../src/engine/scenario/validate';
import { fold } from '../../src/engine/sim';
import type { TraceStep } from '../../src/engine/trace';
import type { Movement } from '../../src/engine/ledger/ledger';

const step = (layer: TraceStep['layer'], movements: Movement[]): TraceStep => ({
  id: 0,
  parent: null,
  kind: 'k',
  layer,
  entities: [],
  amounts: {},
  movements,
  text: '',
});
const mv = (from: string | null, to: string | null, amount: bigint, reason: string, asset = 'ETH'): Movement => ({
  asset,
  from,
  to,
  amount,
  reason,
});

describe('yield breakdown from ledger movements', () => {
  const owned = new Set(['holder:alice', 'eth:validator:v1']);

  it('classifies each movement on the holder’s own accounts, worked by hand', () => {
    const trace = [
      step('chain', [
        mv(null, 'eth:validator:v1', 5_000n, 'reward'),
        mv('eth:validator:v1', null, 1_200n, 'penalty'),
        mv('eth:validator:v2', null, 999n, 'penalty'),
      ]),
      step('chain', [
        mv('eth:validator:v1', null, 1_000_000n, 'slash:initial'),
        mv(null, 'holder:bob', 31_250n, 'reward:whistleblower'),
      ]),
      step('service', [mv('avs:oracle', 'holder:alice', 700n, 'reward'), mv('holder:alice', 'op:fees', 70n, 'fee')]),
      // alice moving ETH into her own validator is neither income nor loss
      step('chain', [mv('holder:alice', 'eth:validator:v1', 32_000_000_000n, 'deposit')]),
    ];
    // staking 5,000; AVS 700; fees 70; losses 1,200 + 1,000,000 (v2 and bob's movements are not alice's)
    expect(directYield(trace, owned)).toEqual({
      stakingRewards: 5_000n,
      avsRewards: 700n,
      fees: 70n,
      losses: 1_001_200n,
    });
  });

  it('puts value changes not explained by movements under token rates, event by event', () => {
    const traces = [[step('chain', [mv(null, 'eth:validator:v1', 100n, 'reward')])], [], []];
    // values: +100 (the reward), then +40 (stETH rebase, no movement), then −25 (rate drop)
    const b = yieldBreakdown('alice', owned, traces, [1000n, 1100n, 1140n, 1115n]);
    expect(b).toMatchObject({ stakingRewards: 100n, viaTokensGain: 40n, viaTokensLoss: 25n, net: 115n });
    expect(b.net).toBe(1115n - 1000n);
  });

  it('solo staker slashed: Alice’s losses equal the slashing and penalty movements on her validators, and the parts add up to her change in value', () => {
    const json = JSON.parse(readFileSync('public/scenarios/solo-staker-slashed.json', 'utf8'));
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error('scenario');
    const { world, traces } = fold(parsed.value);
    // By hand from the traces: every movement leaving eth:validator:v1/v2 with a slash or penalty reason.
    let losses = 0n;
    let rewards = 0n;
    for (const t of traces.slice(1))
      for (const s of t)
        for (const m of s.movements) {
          const mine = (a: string | null) =>
            a === 'eth:validator:v1' || a === 'eth:validator:v2' || a === 'holder:alice';
          if (mine(m.from) && !mine(m.to) && /^(slash|penalty)/.test(m.reason)) losses += m.amount;
          if (mine(m.to) && !mine(m.from) && m.reason.startsWith('reward')) rewards += m.amount;
        }
    // the initial slash alone is 32 ETH / 4096 = 0.0078125 ETH (MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA)
    expect(losses).toBeGreaterThan(7_812_500n);
    // the dashboard's replay (the worker's Replayer), keyed by index: any distinct keys name the events
    const events = parsed.value.events;
    const out = new Replayer(parsed.value, parsed.value.securityModel).run(
      events.map((_, i) => String(i)),
      (from) => events.slice(from),
    );
    if (!out.ok) throw new Error(out.error);
    const data = out.data;
    const alice = data.yields.find((y) => y.holder === 'alice')!;
    expect(alice.losses).toBe(losses);
    expect(alice.stakingRewards).toBe(rewards);
    expect(alice.avsRewards).toBe(0n);
    expect(ownedAccounts(world, 'alice')).toEqual(
      new Set(['holder:alice', 'eigen:pod:alice', 'eth:validator:v1', 'eth:validator:v2']),
    );
    const start = fold(parsed.value, []).world;
    expect(alice.net).toBe(holderValue(world, 'alice') - holderValue(start, 'alice'));
    // Bob only receives the whistleblower reward.
    const bob = data.yields.find((y) => y.holder === 'bob')!;
    expect(bob.losses).toBe(0n);
    expect(bob.stakingRewards).toBeGreaterThan(0n);
  });
});
