/**
 * Staker accounting with the deposit scaling factor (eigenlayer-contracts docs/core/accounting/SharesAccounting.md,
 * SlashingLib.sol). A staker's withdrawable shares are
 *
 *   a = s · k · l · m      (s deposit shares, k deposit scaling factor, l beacon-chain slashing factor, m max magnitude)
 *
 * each product rounded down (mulWad). A later depositor gets a k that cancels the slashes before they came, so
 * they never pay for an earlier slash (the Alice/Bob example in test/unit/restaking/aliceBob.test.ts).
 */
import { divWad, mulWad, WAD } from './wad';

/** The slashing factor applied to a staker: m for LST strategies, m·l for native ETH. */
export const slashingFactor = (maxMagnitude: bigint, beaconSlashingFactor: bigint = WAD): bigint =>
  mulWad(maxMagnitude, beaconSlashingFactor);

/** SlashingLib.calcWithdrawable: s.mulWad(k).mulWad(slashingFactor). */
export function withdrawable(depositShares: bigint, dsf: bigint, factor: bigint): bigint {
  return mulWad(mulWad(depositShares, dsf), factor);
}

/**
 * SlashingLib.update: the new k after adding `added` shares on top of `prevDepositShares`.
 *   s == 0:  k' = 1 / slashingFactor
 *   else:    k' = (withdrawable + added) / (s + added) / slashingFactor
 */
export function updateDsf(prevDepositShares: bigint, dsf: bigint, factor: bigint, added: bigint): bigint {
  if (prevDepositShares === 0n) return divWad(WAD, factor);
  const current = withdrawable(prevDepositShares, dsf, factor);
  return divWad(divWad(current + added, prevDepositShares + added), factor);
}

/** SlashingLib.scaleForQueueWithdrawal: q = x.mulWad(k). */
export const scaleForQueueWithdrawal = (depositShares: bigint, dsf: bigint): bigint => mulWad(depositShares, dsf);
