/**
 * What a holder owns, in ETH, read from the engine: the tokens in their wallet (each priced by the engine's
 * ethValue), their own validators' balances, ETH of theirs waiting in the deposit queue, and their restaked
 * token positions (natively restaked ETH is already counted as their validators' balances).
 *
 * The app's inspector has a fuller version (src/app/inspector.ts, also counting vault shares and queued
 * withdrawals); src/lessons may not import src/app, and the engine has no such read yet, so this one lives here
 * until the engine grows one.
 */
import { ethValue } from '../engine/restaking/prices';
import { stakerEthValue } from '../engine/restaking/views';
import { NATIVE_STRATEGY } from '../engine/restaking/state';
import { balanceOf } from '../engine/ledger/ledger';
import { validatorAccount } from '../engine/staking/ethereum/state';
import { holderAccount, type World } from '../engine/world';

export function holderValue(world: World, holder: string): bigint {
  const account = holderAccount(holder);
  let total = 0n;
  for (const [asset, book] of Object.entries(world.ledger.assets)) {
    const b = book.balances.get(account);
    if (b) total += ethValue(world, asset, b);
  }
  for (const v of Object.values(world.ethereum.validators)) {
    if (v.owner === holder) total += balanceOf(world.ledger, 'ETH', validatorAccount(v.id));
  }
  for (const d of world.ethereum.pendingDeposits) {
    if (world.ethereum.validators[d.validator]?.owner === holder) total += d.amount;
  }
  for (const s of Object.values(world.restaking.stakers)) {
    if (s.account !== account) continue;
    const tokens = Object.fromEntries(Object.entries(s.depositShares).filter(([st]) => st !== NATIVE_STRATEGY));
    total += stakerEthValue(world, { ...s, depositShares: tokens });
  }
  return total;
}
