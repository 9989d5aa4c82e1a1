/**
 * Who owns what, indexed once per world: the sandbox values every holder on every event (445 of them on the real
 * network), so each model's contribution looks its holder up here instead of scanning every staker, withdrawal,
 * validator and position once per holder.
 */
import type { World } from '../../world';
import type { Staker, Withdrawal } from '../../restaking/state';

export interface HolderIndex {
  /** Restaking positions by the account they pay (a holder's own, not an LRT's). */
  stakers: Map<string, Staker[]>;
  /** Queued restaking withdrawals not yet completed, by recipient account. */
  withdrawals: Map<string, Withdrawal[]>;
  /** Ethereum validator ids by owner. */
  validators: Map<string, string[]>;
}

function push<T>(m: Map<string, T[]>, key: string, x: T): void {
  const list = m.get(key);
  if (list) list.push(x);
  else m.set(key, [x]);
}

export function holderIndex(world: World): HolderIndex {
  const index: HolderIndex = { stakers: new Map(), withdrawals: new Map(), validators: new Map() };
  for (const s of Object.values(world.restaking.stakers)) if (!s.lrt) push(index.stakers, s.account, s);
  for (const w of Object.values(world.restaking.withdrawals))
    if (w.status !== 'completed') push(index.withdrawals, w.recipient, w);
  for (const id of world.ethereum.order) {
    const v = world.ethereum.validators[id];
    if (v) push(index.validators, v.owner, id);
  }
  return index;
}
