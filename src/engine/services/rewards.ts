/**
 * AVS rewards (eigenlayer-contracts RewardsCoordinator.md): paid weekly (CALCULATION_INTERVAL_SECONDS = 7 days) on the
 * ETH value of the stake each operator makes slashable for the AVS (v2.2 unique-stake rewards weight by
 * shares × m / M), in ETH from the AVS's budget or in its own token (minted). The operator keeps its split
 * (default 10%, defaultOperatorSplitBips = 1000); its stakers share the rest pro rata to their restaked value.
 * Claims are immediate here (the protocol's Merkle-root posting and activation delay are not modelled).
 */
import type { Ctx } from '../module';
import { balanceOf, mint, transfer, type Movement } from '../ledger/ledger';
import { EPOCHS_PER_YEAR } from '../time';
import { REWARD_INTERVAL_EPOCHS } from '../restaking/constants';
import { allocatedStake, stakersOf, stakerEthValue } from '../restaking/views';
import { vaultBalanceOf } from '../restaking/vaults';
import { ethValue } from '../restaking/prices';
import { avsAccount, type Avs } from './avs';
import { say } from '../messages/say';

function payees(ctx: Ctx, operator: string, avs: string): Array<[string, bigint]> {
  const { world } = ctx;
  if (world.securityModel === 'sharedVault') {
    const out: Array<[string, bigint]> = [];
    for (const v of Object.values(world.restaking.vaults)) {
      if ((v.operatorShares[avs]?.[operator] ?? 0n) === 0n) continue;
      for (const account of Object.keys(v.stakers))
        out.push([account, ethValue(world, v.asset, vaultBalanceOf(v, account))]);
    }
    return out;
  }
  return stakersOf(world, operator).map((s) => [s.account, stakerEthValue(world, s)]);
}

export function payAvsRewards(ctx: Ctx, avs: Avs, parent: number | null = null): number | null {
  const { world } = ctx;
  const r = avs.rewards;
  if (!r) return null;
  const movements: Movement[] = [];
  let paid = 0n;
  let budgetShort = false;
  const pay = (to: string, amount: bigint): void => {
    if (amount <= 0n) return;
    if (r.minted) movements.push(mint(world.ledger, r.asset, to, amount, 'reward'));
    else {
      const have = balanceOf(world.ledger, r.asset, avsAccount(avs.id));
      const x = amount > have ? have : amount;
      if (x < amount) budgetShort = true;
      if (x > 0n) movements.push(transfer(world.ledger, r.asset, avsAccount(avs.id), to, x, 'reward'));
      amount = x;
    }
    paid += amount;
  };
  for (const op of Object.keys(world.restaking.operators)) {
    const stake = allocatedStake(world, op, avs.id);
    if (stake === 0n) continue;
    const [n, d] = r.annualRate;
    let reward = (stake * n * BigInt(REWARD_INTERVAL_EPOCHS)) / (d * BigInt(EPOCHS_PER_YEAR));
    if (r.asset !== 'ETH') reward = (reward * r.tokensPerEth[0]) / r.tokensPerEth[1];
    const opCut = (reward * BigInt(r.operatorSplitBips)) / 10_000n;
    pay(world.restaking.operators[op].account, opCut);
    const rest = reward - opCut;
    const people = payees(ctx, op, avs.id);
    const weight = people.reduce((a, [, w]) => a + w, 0n);
    // Each staker's cut is rounded down; the dust is never paid (stays with the AVS / is not minted).
    if (weight > 0n) for (const [account, w] of people) pay(account, (rest * w) / weight);
  }
  if (paid === 0n) return null;
  return ctx.trace.step({
    kind: 'service.rewards',
    layer: 'service',
    entities: [avs.id],
    amounts: { paid },
    movements,
    parent,
    message: say('services.rewards', {
      avs: avs.name,
      paid,
      asset: r.asset,
      operatorSplitBips: r.operatorSplitBips,
      budgetShort,
    }),
  });
}

export function payAllRewards(ctx: Ctx): void {
  for (const avs of Object.values(ctx.world.restaking.avss)) payAvsRewards(ctx, avs);
}
