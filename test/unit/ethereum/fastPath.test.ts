/**
 * The fast path (runs of identical epochs applied at once) must give exactly the ledger and validator states of
 * stepping epoch by epoch.
 */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/engine/registry', async () => ({
  MODULES: [(await import('../../../src/engine/staking/ethereum/module')).ethereumModule],
}));
import { applyEvent, initWorld, cloneWorld } from '../../../src/engine/sim';
import { toJSON } from '../../../src/engine/snapshot';
import { comparable, stepEpochByEpoch } from './stepping';
import { events, scenario } from './helpers';

const sc = scenario({
  // A small network, so rewards and penalties are large and effective balances move within a day.
  backgroundStake: '1000',
  validators: [
    { id: 'v1', owner: 'alice', balance: '32' },
    // Offline: its effective balance drops within the day.
    { id: 'v2', owner: 'bob', balance: '32', online: false },
    { id: 'v3', owner: 'alice', balance: '100.24', compounding: true },
    { id: 'v4', owner: 'bob', balance: '40', compounding: true, online: false },
    { id: 'v5', owner: 'alice', balance: '16', status: 'pending' },
  ],
});

describe('fast path', () => {
  it('a day stepped at once equals 225 one-epoch steps, byte for byte (ledger and validators)', () => {
    const day = initWorld(sc).world;
    applyEvent(day, events([{ type: 'AdvanceTime', days: 1 }])[0]);
    const epochs = initWorld(sc).world;
    const one = events([{ type: 'AdvanceTime', epochs: 1 }])[0];
    for (let i = 0; i < 225; i++) applyEvent(epochs, one);
    expect(epochs.epoch).toBe(225);
    expect(toJSON(comparable(day))).toBe(toJSON(comparable(epochs)));
    // The drop of v2's effective balance happened inside the day.
    expect(day.ethereum.validators.v2.effectiveBalance).toBe(31_000_000_000n);
  });

  it('equals the general per-epoch path through deposits, a slashing, an exit and hysteresis moves', () => {
    const script = events([
      { type: 'AdvanceTime', days: 2 },
      { type: 'EthDeposit', holder: 'alice', validator: 'v5', amount: '16' },
      { type: 'EthDeposit', holder: 'alice', validator: 'v6', amount: '32' },
      { type: 'AdvanceTime', days: 1 },
      { type: 'EthSlash', validators: ['v3'] },
      { type: 'EthExit', validator: 'v1' },
      { type: 'AdvanceTime', days: 40 },
      { type: 'EthSetOnline', validators: ['v4'], online: true },
      { type: 'AdvanceTime', days: 3 },
    ]);
    const fast = initWorld(sc).world;
    const slow = initWorld(sc).world;
    for (const e of script) {
      applyEvent(fast, e);
      if (e.type === 'AdvanceTime') stepEpochByEpoch(slow, e.epochs ?? (e.days ?? 0) * 225);
      else applyEvent(slow, e);
      expect(toJSON(comparable(fast))).toBe(toJSON(comparable(slow)));
    }
    expect(fast.ethereum.validators.v3.status).toBe('withdrawn');
    expect(fast.ethereum.validators.v1.status).toBe('withdrawn');
    expect(fast.ethereum.validators.v5.status).toBe('active');
    expect(fast.ethereum.validators.v6.status).toBe('active');
  });

  it('one summary step per advance, movements merged per validator and reason', () => {
    const w = initWorld(sc).world;
    const trace = applyEvent(w, events([{ type: 'AdvanceTime', days: 3 }])[0]);
    const summaries = trace.filter((s) => s.kind === 'eth.epochs');
    expect(summaries).toHaveLength(1);
    const keys = summaries[0].movements.map((m) => `${m.from}>${m.to}:${m.reason}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(summaries[0].text).toMatch(
      /^Over 675 epochs, 2 validators earned [\d.]+ ETH in attestation rewards; v2 lost [\d.]+ ETH, v4 lost/,
    );
  });

  it('stays exact over a slow world that is cloned midway (the state is plain data)', () => {
    const a = initWorld(sc).world;
    applyEvent(a, events([{ type: 'AdvanceTime', days: 5 }])[0]);
    const b = cloneWorld(a);
    applyEvent(a, events([{ type: 'AdvanceTime', days: 5 }])[0]);
    stepEpochByEpoch(b, 5 * 225);
    expect(toJSON(comparable(a))).toBe(toJSON(comparable(b)));
  });
});
