/**
 * The rate of a liquid restaking token: ETH per LRT = what its positions could withdraw (plus its withdrawals in
 * the queue and any idle tokens it holds), valued in ETH, divided by the LRT supply. A slash of any operator
 * underneath lowers it for every holder at once.
 */
import type { Ctx } from '../module';
import type { World } from '../world';
import { balanceOf, totals } from '../ledger/ledger';
import { ethValue } from './prices';
import { sharesEth } from './views';
import { withdrawableShares, withdrawalPayout } from './stakers';
import { lrtAccount, lrtAsset, type Lrt } from './state';
import { setLrtRateFn } from './lrtPrice';
import { say } from '../messages/say';

export interface Rate {
  num: bigint;
  den: bigint;
}

/** ETH (gwei) backing the LRT now. */
export function lrtBacking(world: World, lrt: Lrt): bigint {
  let total = 0n;
  const positions = new Set(lrt.positions);
  for (const id of lrt.positions) {
    const s = world.restaking.stakers[id];
    if (!s) continue;
    for (const strategy of Object.keys(s.depositShares))
      total += sharesEth(world, strategy, withdrawableShares(world, s, strategy));
  }
  for (const w of Object.values(world.restaking.withdrawals)) {
    if (!positions.has(w.staker) || w.status === 'completed' || w.recipient !== lrtAccount(lrt.id)) continue;
    for (const q of w.shares)
      total += sharesEth(world, q.strategy, withdrawalPayout(world, w, q.strategy, q.scaledShares));
  }
  const asset = world.restaking.strategies[lrt.strategy]?.asset;
  if (asset) total += ethValue(world, asset, balanceOf(world.ledger, asset, lrtAccount(lrt.id)));
  if (asset !== 'ETH') total += balanceOf(world.ledger, 'ETH', lrtAccount(lrt.id));
  return total;
}

export function lrtRate(world: World, lrt: Lrt): Rate {
  const supply = totals(world.ledger, lrtAsset(lrt.id)).total;
  if (supply === 0n) return { num: 1n, den: 1n };
  return { num: lrtBacking(world, lrt), den: supply };
}

/** ETH per LRT for an asset `LRT:<id>`; {1, 1} before anything is minted. */
export function lrtEthPerToken(world: World, asset: string): Rate {
  const id = asset.startsWith('LRT:') ? asset.slice(4) : asset;
  const lrt = world.restaking.lrts[id];
  if (!lrt) return { num: 1n, den: 1n };
  return lrtRate(world, lrt);
}

/** Rates of the LRTs with a position delegated to `operator` (all LRTs when operator is null). */
export function lrtRatesTouching(world: World, operator: string | null): Map<string, Rate> {
  const out = new Map<string, Rate>();
  for (const lrt of Object.values(world.restaking.lrts)) {
    if (operator && !lrt.positions.some((p) => world.restaking.stakers[p]?.delegatedTo === operator)) continue;
    out.set(lrt.id, lrtRate(world, lrt));
  }
  return out;
}

/** One step per LRT whose rate moved since `before`. */
export function reportLrtRates(ctx: Ctx, before: Map<string, Rate>, parent: number): number[] {
  const ids: number[] = [];
  for (const [id, b] of before) {
    const lrt = ctx.world.restaking.lrts[id];
    const a = lrtRate(ctx.world, lrt);
    if (a.num * b.den === b.num * a.den) continue;
    const fell = a.num * b.den < b.num * a.den;
    ids.push(
      ctx.trace.step({
        kind: 'restaking.lrt.rate',
        layer: 'restaking',
        entities: [id],
        amounts: { before: (b.num * 1_000_000_000n) / b.den, after: (a.num * 1_000_000_000n) / a.den },
        parent,
        message: say('restaking.lrt.rate', { lrt: lrt.name, fell, before: b, after: a, lrtAsset: lrt.asset }),
      }),
    );
  }
  return ids;
}

setLrtRateFn((world, asset) => {
  const id = asset.slice(4);
  const lrt = world.restaking.lrts[id];
  return lrt ? lrtRate(world, lrt) : null;
});
