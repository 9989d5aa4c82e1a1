/**
 * Liquid restaking tokens (e.g. ether.fi eETH, Renzo ezETH, Kelp rsETH, simplified): holders deposit an LST, the
 * LRT restakes it through one staker position per operator, and mints `LRT:<id>` at the current rate. Redeeming
 * burns LRT and queues the LRT's withdrawals pro rata, paid to the holder after the EigenLayer delay.
 */
import type { World } from '../world';
import { RefusedEvent } from '../errors';
import { burn, mint, transfer, balanceOf, totals, type Movement } from '../ledger/ledger';
import { lrtAccount, lrtAsset, strategyAccount, type Lrt, type Withdrawal } from './state';
import { getStrategy } from './lookup';
import { addDepositShares, queueWithdrawal, withdrawableShares } from './stakers';
import { ethValue } from './prices';
import { lrtBacking } from './lrtRate';
import { say } from '../messages/say';

/** Deposits `amount` of the LRT's token from `from`; returns the LRT minted and the movements. */
export function lrtDeposit(
  world: World,
  lrt: Lrt,
  from: string,
  amount: bigint,
): { minted: bigint; movements: Movement[]; position: string } {
  const strategy = getStrategy(world, lrt.strategy);
  if (strategy.kind !== 'token')
    throw new RefusedEvent(say('restaking.refused.lrtStrategy', { lrt: lrt.name, asset: strategy.asset }));
  if (amount <= 0n) throw new RefusedEvent(say('restaking.refused.lrtDepositZero'));
  const have = balanceOf(world.ledger, strategy.asset, from);
  if (have < amount)
    throw new RefusedEvent(say('restaking.refused.lrtDepositOverdraft', { asset: strategy.asset, have, amount }));
  const supply = totals(world.ledger, lrtAsset(lrt.id)).total;
  const backing = lrtBacking(world, lrt);
  const value = ethValue(world, strategy.asset, amount);
  // Mint at the current rate (rounded down, so existing holders are never diluted by rounding).
  const minted = supply === 0n || backing === 0n ? value : (value * supply) / backing;
  // The position with the least restaked stake gets the deposit (ties: declaration order), spreading risk.
  let position = lrt.positions[0];
  let least: bigint | null = null;
  for (const p of lrt.positions) {
    const s = world.restaking.stakers[p];
    const w = s ? withdrawableShares(world, s, lrt.strategy) : 0n;
    if (least === null || w < least) {
      least = w;
      position = p;
    }
  }
  const movements = [
    transfer(world.ledger, strategy.asset, from, strategyAccount(strategy.id), amount, 'deposit'),
    mint(world.ledger, lrtAsset(lrt.id), from, minted, 'mint'),
  ];
  strategy.totalShares += amount;
  addDepositShares(world, world.restaking.stakers[position], lrt.strategy, amount);
  return { minted, movements, position };
}

/** Burns `amount` LRT and queues the LRT's positions pro rata, paid to `to` after the withdrawal delay. */
export function lrtRedeem(
  world: World,
  lrt: Lrt,
  from: string,
  amount: bigint,
): { withdrawals: Withdrawal[]; movements: Movement[] } {
  const supply = totals(world.ledger, lrtAsset(lrt.id)).total;
  const have = balanceOf(world.ledger, lrtAsset(lrt.id), from);
  if (amount <= 0n || amount > have)
    throw new RefusedEvent(say('restaking.refused.lrtRedeemOverdraft', { have, lrtAsset: lrt.asset }));
  const withdrawals: Withdrawal[] = [];
  const movements: Movement[] = [];
  for (const p of lrt.positions) {
    const s = world.restaking.stakers[p];
    const shares = s?.depositShares[lrt.strategy] ?? 0n;
    const x = (shares * amount) / supply;
    if (x > 0n) withdrawals.push(queueWithdrawal(world, s, [{ strategy: lrt.strategy, depositShares: x }], from));
  }
  const asset = world.restaking.strategies[lrt.strategy].asset;
  const idle = (balanceOf(world.ledger, asset, lrtAccount(lrt.id)) * amount) / supply;
  if (idle > 0n) movements.push(transfer(world.ledger, asset, lrtAccount(lrt.id), from, idle, 'withdrawal'));
  movements.push(burn(world.ledger, lrtAsset(lrt.id), from, amount, 'burn'));
  return { withdrawals, movements };
}
