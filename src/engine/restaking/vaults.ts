/**
 * Symbiotic-like vaults (the 'sharedVault' model; symbioticfi/core Vault.sol): stakers deposit collateral for
 * ERC-4626-like active shares; a withdrawal leaves the active stake at once but stays slashable (in the pending
 * bucket) until the end of the next vault epoch ("from EPOCH_DURATION to 2 * EPOCH_DURATION", README).
 */
import type { World } from '../world';
import { RefusedEvent } from '../errors';
import { transfer, type Movement } from '../ledger/ledger';
import { vaultAccount, type Vault } from './state';
import { say } from '../messages/say';

/** Vault.deposit: shares = amount × activeShares / activeStake (1:1 when empty), rounded down. */
export function vaultDeposit(
  world: World,
  vault: Vault,
  from: string,
  amount: bigint,
): { shares: bigint; movement: Movement } {
  if (amount <= 0n) throw new RefusedEvent(say('restaking.refused.vaultDepositZero'));
  const shares =
    vault.activeShares === 0n || vault.activeStake === 0n ? amount : (amount * vault.activeShares) / vault.activeStake;
  const movement = transfer(world.ledger, vault.asset, from, vaultAccount(vault.id), amount, 'deposit');
  vault.activeStake += amount;
  vault.activeShares += shares;
  vault.stakers[from] = (vault.stakers[from] ?? 0n) + shares;
  return { shares, movement };
}

/** The active stake a staker's shares are worth now (rounded down). */
export function vaultBalanceOf(vault: Vault, account: string): bigint {
  const s = vault.stakers[account] ?? 0n;
  return vault.activeShares === 0n ? 0n : (s * vault.activeStake) / vault.activeShares;
}

/** Vault.withdraw: leaves active stake now; claimable at the end of the next vault epoch; slashable until then. */
export function vaultWithdraw(world: World, vault: Vault, account: string, amount: bigint): void {
  const have = vaultBalanceOf(vault, account);
  if (amount <= 0n || amount > have)
    throw new RefusedEvent(say('restaking.refused.vaultWithdrawOverdraft', { have, vault: vault.name }));
  // Shares burned rounded up so the vault never pays more than the shares were worth.
  const burned = (amount * vault.activeShares + vault.activeStake - 1n) / vault.activeStake;
  vault.stakers[account] -= burned;
  vault.activeShares -= burned;
  vault.activeStake -= amount;
  // Pending claims are shares of the pending bucket, so a slash of pending withdrawals falls on them pro rata.
  const totalClaims = Object.values(vault.pendingClaims).reduce((a, b) => a + b, 0n);
  const claim = vault.pending === 0n || totalClaims === 0n ? amount : (amount * totalClaims) / vault.pending;
  vault.pendingClaims[account] = (vault.pendingClaims[account] ?? 0n) + claim;
  vault.pending += amount;
  const epochEnd = (Math.floor(world.epoch / vault.epochDuration) + 2) * vault.epochDuration;
  vault.pendingUntil = vault.pendingUntil === null ? epochEnd : Math.max(vault.pendingUntil, epochEnd);
}

/** Pays out every pending withdrawal once its epoch has passed. */
export function payDueVaultWithdrawals(
  world: World,
): Array<{ vault: Vault; account: string; amount: bigint; movement: Movement }> {
  const paid = [];
  for (const v of Object.values(world.restaking.vaults)) {
    if (v.pendingUntil === null || v.pendingUntil > world.epoch) continue;
    const totalClaims = Object.values(v.pendingClaims).reduce((a, b) => a + b, 0n);
    // Vault.withdrawalsOf rounds each claim down; the dust stays in the vault's custody, as in the contract.
    for (const account of Object.keys(v.pendingClaims)) {
      const amount = (v.pending * v.pendingClaims[account]) / totalClaims;
      if (amount > 0n)
        paid.push({
          vault: v,
          account,
          amount,
          movement: transfer(world.ledger, v.asset, vaultAccount(v.id), account, amount, 'withdrawal'),
        });
    }
    v.pending = 0n;
    v.pendingClaims = {};
    v.pendingUntil = null;
  }
  return paid;
}

export function nextVaultEpoch(world: World): number | null {
  let next: number | null = null;
  for (const v of Object.values(world.restaking.vaults)) {
    if (v.pendingUntil !== null && v.pendingUntil > world.epoch && (next === null || v.pendingUntil < next))
      next = v.pendingUntil;
  }
  return next;
}
