/**
 * Restaking positions, valued as EigenLayer would pay them out (SharesAccounting: withdrawable shares
 * a = s·k·l·m, priced by the strategy's token) and Symbiotic-like vault shares (activeStake / activeShares,
 * rounded down as a redemption is). Queued withdrawals stay slashable, so they are priced with the factors that
 * apply at completion (withdrawalPayout); a vault's pending claims are counted at their face value.
 *
 * Natively restaked ETH is what the pod would let the holder withdraw if it were checkpointed now: the ETH in the
 * pod and its validators (podBalance) is only the holder's up to the withdrawable shares (an AVS slash leaves
 * slashed ETH locked in the pod, ELIP-002); since the last checkpoint, a gain adds shares one for one and a loss
 * lowers the beacon-chain slashing factor in proportion (EigenPod checkpoints), and the same holds for native
 * withdrawals still in the queue.
 */
import { NATIVE_STRATEGY } from '../../restaking/state';
import { withdrawableShares, withdrawalPayout } from '../../restaking/stakers';
import { sharesEth } from '../../restaking/views';
import { podBalance } from '../../restaking/pods';
import { priceInEth } from './price';
import type { Contribution } from './parts';

export const restakingPart: Contribution = (world, holder, account, sink, index) => {
  const rs = world.restaking;
  const price = (asset: string, amount: bigint): bigint => priceInEth(world, asset, amount) ?? 0n;
  let nativeRestaked = 0n;
  let nativeQueued = 0n;
  let native = false;
  for (const s of index.stakers.get(account) ?? []) {
    for (const strategy of Object.keys(s.depositShares)) {
      const shares = withdrawableShares(world, s, strategy);
      if (strategy === NATIVE_STRATEGY) {
        native = true;
        nativeRestaked += shares;
      } else sink.add('restaked', sharesEth(world, strategy, shares));
    }
  }
  for (const w of index.withdrawals.get(account) ?? []) {
    for (const q of w.shares) {
      const paid = withdrawalPayout(world, w, q.strategy, q.scaledShares);
      if (q.strategy === NATIVE_STRATEGY) {
        native = true;
        nativeQueued += paid;
      } else sink.add('withdrawing', sharesEth(world, q.strategy, paid));
    }
  }
  const pod = rs.pods[holder];
  if (native && pod) {
    const now = podBalance(world, pod);
    const before = pod.restakedBalance;
    if (now >= before) {
      sink.add('restaked', nativeRestaked + (now - before));
      sink.add('withdrawing', nativeQueued);
    } else {
      sink.add('restaked', (nativeRestaked * now) / before);
      sink.add('withdrawing', (nativeQueued * now) / before);
    }
  } else {
    sink.add('restaked', nativeRestaked);
    sink.add('withdrawing', nativeQueued);
  }
  for (const v of Object.values(rs.vaults)) {
    const shares = v.stakers[account] ?? 0n;
    if (shares > 0n && v.activeShares > 0n)
      sink.add('restaked', price(v.asset, (shares * v.activeStake) / v.activeShares));
    const claim = v.pendingClaims[account] ?? 0n;
    if (claim > 0n) sink.add('withdrawing', price(v.asset, claim));
  }
};
