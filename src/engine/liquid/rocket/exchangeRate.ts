/**
 * rETH's exchange rate (rocket-pool/rocketpool contracts/contract/token/RocketTokenRETH.sol): both inputs are
 * what the oracle DAO last reported to RocketNetworkBalances (about every 24 h), not live balances.
 *   getEthValue(r)  = r * totalETHBalance / rETHSupply
 *   getRethValue(e) = e * rETHSupply / totalETHBalance      (1:1 while either is zero)
 */
import { EngineError } from '../../errors';
import type { World } from '../../world';
import type { RocketPool } from '../state';

export interface RethRate {
  totalEthBalance: bigint;
  rethSupply: bigint;
}

export function getRocketPool(world: World, pool: string): RocketPool {
  const p = world.liquid.rocket[pool];
  if (!p) throw new EngineError(`there is no Rocket-Pool-like pool "${pool}"`);
  return p;
}

export function getEthValue(reth: bigint, rate: RethRate): bigint {
  if (rate.rethSupply === 0n) return reth;
  return (reth * rate.totalEthBalance) / rate.rethSupply;
}

export function getRethValue(eth: bigint, rate: RethRate): bigint {
  if (rate.rethSupply === 0n || rate.totalEthBalance === 0n) return eth;
  return (eth * rate.rethSupply) / rate.totalEthBalance;
}

export const reportedRate = (p: RocketPool): RethRate => ({
  totalEthBalance: p.totalEthBalance,
  rethSupply: p.rethSupply,
});
