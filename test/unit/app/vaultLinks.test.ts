import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { buildWorldView } from '../../../src/app/worldView';

/**
 * Issue 13's walk, shared-vault-networks: after Dave drags 32 ETH onto the vault, his edge read 64 ETH (his vault
 * shares) while his card said 32 ETH restaked. The edges carry what the engine's vault says the stake is worth.
 * Hand-derived (symbioticfi/core v1.0.3: Vault.deposit mints amount × activeShares / activeStake shares;
 * NetworkRestakeDelegator._stakeAt gives operatorShares / totalShares × min(activeStake, networkLimit)):
 * - Alice 600 and Bob 400 ETH for 1,000 shares; the bridge slashes 300 and the sequencer 200: active stake 500;
 * - Dave deposits 32 ETH: 32 × 1,000 / 500 = 64 shares, worth 64 × 532 / 1,064 = 32 ETH; Alice 600 × 532 / 1,064
 *   = 300 ETH, Bob 200 ETH;
 * - Kappa: oracle 1/2 × min(532, 600) = 266, bridge 3/4 × min(532, 800) = 399, sequencer 1/1 × min(532, 400) = 400,
 *   so at most 400 ETH through Kappa; Lambda: oracle 266, bridge 1/4 × 532 = 133, so 266 ETH.
 */
const ETH = 1_000_000_000n;

function daveDeposits() {
  const raw = JSON.parse(readFileSync('public/scenarios/shared-vault-networks.json', 'utf8'));
  raw.events.push({ type: 'VaultDeposit', holder: 'dave', vault: 'shared', amount: '32' });
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('the scenario parses');
  return buildWorldView(fold(parsed.value).world);
}

describe('a shared vault’s edges (shared-vault-networks, Dave deposits 32 ETH)', () => {
  const view = daveDeposits();
  const link = (source: string, target: string) =>
    view.links.filter((l) => l.source === source && l.target === target).map((l) => l.amount);

  it('a holder’s edge is what their shares are worth, the same figure as their card', () => {
    expect(link('holder:dave', 'vault:shared')).toEqual([32n * ETH]);
    expect(link('holder:alice', 'vault:shared')).toEqual([300n * ETH]);
    expect(link('holder:bob', 'vault:shared')).toEqual([200n * ETH]);
    const dave = view.entities.find((e) => e.id === 'holder:dave')!;
    expect(dave.facts.find((f) => f.label === 'fact.restaked')?.value).toBe('32 ETH');
  });

  it('an operator’s edge is the most any one network can slash through it, once per operator', () => {
    expect(link('vault:shared', 'operator:kappa')).toEqual([400n * ETH]);
    expect(link('vault:shared', 'operator:lambda')).toEqual([266n * ETH]);
    const ids = view.links.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('an operator behind a shared vault (shared-vault-networks, at its start)', () => {
  // 1,000 ETH active: Kappa oracle 1/2 × min(1,000, 600) = 300, bridge 3/4 × min(1,000, 800) = 600, sequencer
  // 1/1 × min(1,000, 400) = 400, so 600; Lambda oracle 300, bridge 1/4 × 800 = 200, so 300 (_stakeAt, as above).
  const raw = JSON.parse(readFileSync('public/scenarios/shared-vault-networks.json', 'utf8'));
  raw.events = [];
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('the scenario parses');
  const view = buildWorldView(fold(parsed.value).world);
  const facts = (id: string) => view.entities.find((e) => e.id === id)!.facts;

  it('is "backed by" the most one network can slash through it, the figure on its vault edge, not "delegated 0"', () => {
    expect(facts('operator:kappa')[0]).toMatchObject({ label: 'fact.vaultBacked', value: '600 ETH' });
    expect(facts('operator:lambda')[0]).toMatchObject({ label: 'fact.vaultBacked', value: '300 ETH' });
    const edge = view.links.find((l) => l.source === 'vault:shared' && l.target === 'operator:kappa');
    expect(edge?.amount).toBe(600n * ETH);
  });
});
