// @vitest-environment jsdom
/**
 * An Ethereum validator's own gestures in the inspector's fault menu: take it offline and back (EthSetOnline) and
 * have a holder report its double vote (EthSlash). Each is one logged event: narrated by the engine, undoable.
 * Figures are the Electra constants of consensus-specs (specs/electra/beacon-chain.md, slash_validator):
 * MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 4096, WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA = 4096, and the proposer's
 * share PROPOSER_WEIGHT / WEIGHT_DENOMINATOR = 8/64 (altair/beacon-chain.md).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { faultsForNode } from '../../src/app/faultMenu';
import { inspectorSections } from '../../src/app/inspector';
import { holderAccount } from '../../src/engine/world';
import { validatorAccount } from '../../src/engine/staking/ethereum/state';
import { tm } from '../../src/ui/messages';

const SOLO = JSON.parse(readFileSync('public/scenarios/lesson-solo-staking.json', 'utf8'));
const GWEI = 1_000_000_000n;

function started(): Sandbox {
  const s = new Sandbox();
  expect(s.scenario.load(SOLO)).toBeNull();
  return s;
}
const v1 = (s: Sandbox) => s.scenario.view.entities.find((e) => e.id === 'validator:v1')!;
const menu = (s: Sandbox) => faultsForNode(s.scenario.world!, v1(s));
const ethIn = (s: Sandbox, account: string): bigint => s.scenario.world!.ledger.assets.ETH.balances.get(account) ?? 0n;
const ethOf = (s: Sandbox, holder: string): bigint => ethIn(s, holderAccount(holder));

beforeEach(() => localStorage.clear());

describe("a validator's own gestures", () => {
  it('offers "Take offline" and "Slash (double vote)" reported by each other holder, before the catalogue faults', () => {
    const s = started();
    const options = menu(s);
    expect(options.slice(0, 2).map((o) => [o.kind, o.detail, o.event])).toEqual([
      ['go-offline', null, { type: 'EthSetOnline', validators: ['v1'], online: false }],
      ['eth-slash', 'Bob (whistleblower)', { type: 'EthSlash', validators: ['v1'], whistleblower: 'bob' }],
    ]);
    // The catalogue's settled faults are still offered after them.
    expect(options.slice(2).map((o) => o.kind)).toEqual(['double-sign', 'downtime']);
    expect(tm(options[0].words!.title)).toBe('Take offline');
    expect(options[1].title).toBe('Slash (double vote)');
    expect(options[1].detailRole).toBe('by');
    expect(options[1].description).toContain('Bob (whistleblower) reports it');
    s.stop();
  });

  it('taking a validator offline is one narrated, undoable event, and the menu then offers to bring it back', () => {
    const s = started();
    const outcome = s.scenario.dispatch(menu(s)[0].event);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(s.scenario.world!.ethereum.validators.v1.online).toBe(false);
    expect(outcome.trace.map((st) => st.kind)).toContain('eth.online');
    expect(menu(s)[0]).toMatchObject({
      kind: 'go-online',
      event: { type: 'EthSetOnline', validators: ['v1'], online: true },
    });
    expect(s.scenario.canUndo).toBe(true);
    s.scenario.undo();
    expect(s.scenario.world!.ethereum.validators.v1.online).toBe(true);
    s.stop();
  });

  it('a reported double vote slashes 1/4096 of 32 ETH and pays Bob the whistleblower reward less the proposer share', () => {
    const s = started();
    const bobBefore = ethOf(s, 'bob');
    const slash = menu(s).find((o) => o.kind === 'eth-slash')!;
    const outcome = s.scenario.dispatch(slash.event);
    if (!outcome.ok) throw new Error(outcome.message);
    const v = s.scenario.world!.ethereum.validators.v1;
    expect(v.slashed).toBe(true);
    // 32 ETH / 4096 = 0.0078125 ETH = 7,812,500 gwei.
    expect(ethIn(s, validatorAccount('v1'))).toBe(32n * GWEI - 7_812_500n);
    // Whistleblower reward 32 ETH / 4096 = 7,812,500 gwei, of which the proposer takes 8/64 = 976,562 gwei.
    expect(ethOf(s, 'bob') - bobBefore).toBe(7_812_500n - 976_562n);
    // Slashed: no more gestures for it (not offline/online, not slashable again).
    expect(menu(s).filter((o) => o.words)).toEqual([]);
    s.scenario.undo();
    expect(s.scenario.world!.ethereum.validators.v1.slashed).toBe(false);
    s.stop();
  });
});

describe("a pool validator's card", () => {
  it("offers its node operator's faults over all of that operator's validators, by the operator's name", () => {
    const s = new Sandbox();
    expect(s.scenario.load(JSON.parse(readFileSync('public/scenarios/lesson-liquid-staking.json', 'utf8')))).toBeNull();
    const b1 = s.scenario.view.entities.find((e) => e.id === 'validator:b1')!;
    const wide = faultsForNode(s.scenario.world!, b1).filter((o) => o.title.includes('Blue'));
    expect(wide.map((o) => o.title)).toEqual([
      'Double-sign by all 20 of Blue Staking’s validators',
      'Downtime of all 20 of Blue Staking’s validators',
    ]);
    // Its inspector says who runs it, by the name the scenario gives ({ "id": "blue", "name": "Blue Staking" }).
    const rows = inspectorSections(s.scenario.world!, b1).flatMap((x) => x.rows);
    const runBy = rows.find((r) => 'key' in r.label && r.label.key === 'inspector.row.runBy');
    expect(runBy?.values).toEqual(['Blue Staking']);
    const outcome = s.scenario.dispatch(wide[0].event);
    if (!outcome.ok) throw new Error(outcome.message);
    const slashed = Object.values(s.scenario.world!.ethereum.validators).filter((v) => v.slashed);
    expect(slashed.map((v) => v.operator)).toEqual(Array(20).fill('blue'));
    s.stop();
  });

  it('says "the one validator" when the operator has one left, never "all 1 of"', () => {
    const s = new Sandbox();
    const file = JSON.parse(readFileSync('public/scenarios/lido-slashed-operator.json', 'utf8'));
    expect(s.scenario.load(file)).toBeNull();
    // the story's end: b1, b2 and b3 of Blue Staking's four are slashed (its EthSlash event), b4 is still active
    s.scenario.goTo(file.events.length);
    const b4 = s.scenario.view.entities.find((e) => e.id === 'validator:b4')!;
    const doubleSign = faultsForNode(s.scenario.world!, b4).find(
      (o) => o.kind === 'double-sign' && o.title.includes('Blue'),
    );
    expect(doubleSign?.title).toBe('Double-sign by the one validator Blue Staking still runs');
    expect(doubleSign?.description).toMatch(
      /^Blue Staking’s signing setup signs twice for the one validator it still runs/,
    );
    s.stop();
  });
});
