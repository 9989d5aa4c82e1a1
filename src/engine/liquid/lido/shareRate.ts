/**
 * Lido's share accounting (lidofinance/docs docs/contracts/lido.md "Rebase"): a holder owns shares; their stETH
 * balance is shares * totalPooledEther / totalShares, rounded down, so it moves with every oracle report.
 */
import { balanceOf } from '../../ledger/ledger';
import { EngineError } from '../../errors';
import type { World } from '../../world';
import { lidoAccount } from '../accounts';
import type { LidoPool } from '../state';
import { DEPOSIT_SIZE } from './constants';

export interface ShareRate {
  totalPooledEther: bigint;
  totalShares: bigint;
}

export function getLidoPool(world: World, pool: string): LidoPool {
  const p = world.liquid.lido[pool];
  if (!p) throw new EngineError(`there is no Lido-like pool "${pool}"`);
  return p;
}

/**
 * Ether deposited to validators the oracle has not seen yet (Lido._getTransientBalance):
 * (depositedValidators - clValidators) * DEPOSIT_SIZE.
 */
export function transientBalance(p: LidoPool): bigint {
  return BigInt(p.depositedValidators - p.clValidators) * DEPOSIT_SIZE;
}

/** buffered + transient + CL balance as last reported (Lido._getTotalPooledEther). */
export function totalPooledEther(world: World, p: LidoPool): bigint {
  return balanceOf(world.ledger, 'ETH', lidoAccount.buffer(p.id)) + transientBalance(p) + p.clBalance;
}

export function shareRate(world: World, p: LidoPool): ShareRate {
  return { totalPooledEther: totalPooledEther(world, p), totalShares: p.totalShares };
}

/**
 * Lido.getSharesByPooledEth: ethAmount * totalShares / totalPooledEther, rounded down (the holder loses the
 * dust, which stays with everyone else). An empty pool mints 1:1 (the contract's bootstrap state).
 */
export function getSharesByPooledEth(eth: bigint, rate: ShareRate): bigint {
  if (rate.totalShares === 0n || rate.totalPooledEther === 0n) return eth;
  return (eth * rate.totalShares) / rate.totalPooledEther;
}

/** Lido.getPooledEthByShares: shares * totalPooledEther / totalShares, rounded down. */
export function getPooledEthByShares(shares: bigint, rate: ShareRate): bigint {
  if (rate.totalShares === 0n) return shares;
  return (shares * rate.totalPooledEther) / rate.totalShares;
}
