import { describe, expect, it } from 'vitest';
import { applyEvent, initWorld } from '../../../src/engine/sim';
import type { SimEvent } from '../../../src/engine/events';
import type { TraceStep } from '../../../src/engine/trace';
import { cascadeSummary } from '../../../src/engine/faults/summary';
import { faultsFor, FAULT_CATALOGUE } from '../../../src/engine/faults/catalogue';
import { RefusedEvent } from '../../../src/engine/errors';
import { lidoMarketScenario } from './fixture';
import { parseEvents } from '../../../src/engine/scenario/validate';

const E = 1_000_000_000n;
const fault = (f: Record<string, unknown>): SimEvent => {
  const r = parseEvents([{ type: 'Fault', ...f }]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value[0];
};

function wellFormed(trace: TraceStep[]): void {
  const ids = new Set<number>();
  for (const s of trace) {
    expect(s.text.length).toBeGreaterThan(10);
    expect(typeof s.amounts).toBe('object');
    if (s.parent !== null) expect(ids.has(s.parent)).toBe(true); // parents precede children
    ids.add(s.id);
  }
  // one tree: only the root (the fault) has no parent
  expect(trace.filter((s) => s.parent === null).map((s) => s.kind)).toEqual([trace[0].kind]);
  expect(trace[0].kind.startsWith('fault.')).toBe(true);
}

describe('the cascade tracer', () => {
  it('double-sign: initial penalty now, correlation penalty ~18.2 days later under its slash, then the LST rate', () => {
    const { world } = initWorld(lidoMarketScenario());
    const trace = applyEvent(world, fault({ fault: 'double-sign', validators: ['lv1'] }));
    wellFormed(trace);
    const slash = trace.find((s) => s.kind === 'eth.slash')!;
    expect(slash.parent).toBe(0);
    // Electra initial penalty: 32 ETH / 4096 = 0.0078125 ETH (consensus-specs, Electra, slash_validator)
    expect(slash.movements.find((m) => m.to === null)!.amount).toBe(7_812_500n);
    const corr = trace.find((s) => s.kind === 'eth.slash.correlation')!;
    expect(corr.parent).toBe(slash.id);
    expect(trace.some((s) => s.kind === 'lido.report')).toBe(true);
    expect(world.epoch).toBeGreaterThanOrEqual(4096 + 225);
  });

  it('settle: false keeps only the immediate effects', () => {
    const { world } = initWorld(lidoMarketScenario());
    const trace = applyEvent(world, fault({ fault: 'double-sign', validators: ['lv1'], settle: false }));
    wellFormed(trace);
    expect(world.epoch).toBe(0);
    expect(trace.some((s) => s.kind === 'time.advance' || s.kind === 'eth.slash.correlation')).toBe(false);
  });

  it('a correlated bug costs each validator more than a lone slashing (the correlation penalty grows)', () => {
    const lone = initWorld(lidoMarketScenario()).world;
    const t1 = applyEvent(lone, fault({ fault: 'double-sign', validators: ['lv1'] }));
    const many = initWorld(lidoMarketScenario()).world;
    const t4 = applyEvent(many, fault({ fault: 'correlated-bug', validators: ['lv1', 'lv2', 'lv3', 'lv4'] }));
    wellFormed(t4);
    const corr = (t: TraceStep[]) =>
      t
        .find((s) => s.kind === 'eth.slash.correlation' && s.entities.includes('lv1'))!
        .movements.reduce((a, m) => a + m.amount, 0n);
    expect(corr(t4)).toBeGreaterThan(corr(t1));
    expect(t4.filter((s) => s.kind === 'eth.slash')).toHaveLength(4);
  });

  it('downtime takes validators offline for the given epochs and brings them back', () => {
    const { world } = initWorld(lidoMarketScenario());
    const trace = applyEvent(world, fault({ fault: 'downtime', validators: ['lv3'], epochs: 450 }));
    wellFormed(trace);
    expect(trace.some((s) => s.kind === 'chain.offline')).toBe(true);
    expect(trace.some((s) => s.kind === 'chain.online')).toBe(true);
    expect(world.ethereum.validators.lv3.online).toBe(true);
    expect(world.faults.offlineUntil).toEqual({});
  });

  it('market shock: a large stETH sale moves the pool price and the pool-oracle loan is liquidated, caused by the sale', () => {
    const { world } = initWorld(lidoMarketScenario('pool'));
    const trace = applyEvent(world, fault({ fault: 'market-shock', holder: 'lp', pool: 'curve', amount: '40' }));
    wellFormed(trace);
    const sale = trace.find((s) => s.kind === 'market.shock')!;
    const liq = trace.find((s) => s.kind === 'market.liquidation');
    expect(sale.amounts.priceAfterWad < sale.amounts.priceBeforeWad).toBe(true);
    // alice: 20 stETH at LT 0.93 vs 18 ETH of debt is liquidatable once the price < 18/18.6 = 0.9677
    expect(sale.amounts.priceAfterWad * 93n * 20n < 18n * 100n * 10n ** 18n).toBe(true);
    const ancestors = (id: number | null): number[] =>
      id === null ? [] : [id, ...ancestors(trace.find((s) => s.id === id)!.parent)];
    expect(ancestors(liq!.parent)).toContain(sale.id);
    expect(liq!.entities[0]).toBe('alice');
  });

  it('market shock with the redemption oracle liquidates nobody: the rate did not move', () => {
    const { world } = initWorld(lidoMarketScenario('redemption'));
    const trace = applyEvent(world, fault({ fault: 'market-shock', holder: 'lp', pool: 'curve', amount: '40' }));
    expect(trace.some((s) => s.kind === 'market.liquidation')).toBe(false);
  });

  it('refuses AVS faults against an operator that is in no operator set, saying why', () => {
    const { world } = initWorld(lidoMarketScenario());
    expect(() => applyEvent(world, fault({ fault: 'avs-misbehaviour', avs: 'eigenda', operator: 'op1' }))).toThrow(
      RefusedEvent,
    );
    expect(() =>
      applyEvent(world, fault({ fault: 'buggy-slasher', avs: 'eigenda', operator: 'op1', fraction: '0.1' })),
    ).toThrow(/not in an operator set/);
  });

  it('key compromise of a Lido operator slashes every validator it runs', () => {
    const { world } = initWorld(lidoMarketScenario());
    const trace = applyEvent(world, fault({ fault: 'key-compromise', operator: 'op2' }));
    wellFormed(trace);
    expect(trace.filter((s) => s.kind === 'eth.slash').flatMap((s) => s.entities)).toEqual(
      expect.arrayContaining(['lv3', 'lv4']),
    );
  });

  it('cascadeSummary: per holder, per layer and total agree, asset by asset', () => {
    const { world } = initWorld(lidoMarketScenario());
    const trace = applyEvent(world, fault({ fault: 'correlated-bug', validators: ['lv1', 'lv2'] }));
    const s = cascadeSummary(trace, world);
    expect(s.total.ETH).toBeGreaterThan(2n * 7_812_500n);
    const sum = (recs: Record<string, Record<string, bigint>>) =>
      Object.values(recs).reduce((a, r) => a + (r.ETH ?? 0n), 0n);
    expect(sum(s.byHolder)).toBe(s.total.ETH);
    expect(sum(s.byLayer as Record<string, Record<string, bigint>>)).toBe(s.total.ETH);
    // the validators belong to the pool, so the pool's owner bears it (then every stETH holder via the rate)
    expect(Object.keys(s.byHolder)).toEqual(['lido']);
    void E;
  });
});

describe('the fault catalogue', () => {
  it('every kind has a title, a sentence and the entity types it applies to', () => {
    expect(FAULT_CATALOGUE.map((f) => f.kind)).toEqual([
      'double-sign',
      'downtime',
      'avs-misbehaviour',
      'key-compromise',
      'buggy-slasher',
      'correlated-bug',
      'market-shock',
    ]);
    for (const f of FAULT_CATALOGUE) {
      expect(f.description.length).toBeGreaterThan(40);
      expect(f.appliesTo.length).toBeGreaterThan(0);
    }
  });

  it('faultsFor offers what applies: a validator can double-sign, a pool can be shocked, and every offer applies', () => {
    const { world } = initWorld(lidoMarketScenario());
    expect(faultsFor(world, 'lv1').map((o) => o.kind)).toEqual(['double-sign', 'downtime']);
    expect(faultsFor(world, 'curve').every((o) => o.kind === 'market-shock')).toBe(true);
    expect(faultsFor(world, 'op1').map((o) => o.kind)).toContain('key-compromise');
    for (const id of ['lv1', 'op1', 'curve', 'bob']) {
      for (const o of faultsFor(world, id)) {
        const w = initWorld(lidoMarketScenario()).world;
        const trace = applyEvent(w, { ...o.event, settle: false } as SimEvent);
        expect(trace[0].kind).toBe(`fault.${o.kind}`);
      }
    }
  });
});

describe('the LRT rate fall is told once', () => {
  it('a slash under an LRT gives one rate step, and the pool price move hangs from it', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScenario } = await import('../../../src/engine/scenario/validate');
    const { fold } = await import('../../../src/engine/sim');
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/lrt-slashed-operator.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const trace = fold(parsed.value).traces[1];
    const rateSteps = trace.filter((s) => s.kind === 'restaking.lrt.rate' || s.kind === 'cascade.lrtRate');
    expect(rateSteps).toHaveLength(1);
    const poolMove = trace.find((s) => s.kind === 'cascade.poolPrice');
    expect(poolMove?.parent).toBe(rateSteps[0].id);
  });
});
