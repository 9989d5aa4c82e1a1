/**
 * EigenPods (docs/core/EigenPod.md, EigenPodManager): validators whose withdrawal credentials point at the pod
 * restake their beacon balance as shares of the native strategy. A checkpoint compares the pod's validators'
 * balances plus the ETH in the pod with the last checkpoint: more ETH adds shares (rewards); less ETH lowers the
 * owner's beacon-chain slashing factor l (the beacon chain slashes first), never the deposit shares.
 */
import type { Ctx } from '../module';
import type { World } from '../world';
import { RefusedEvent } from '../errors';
import { balanceOf } from '../ledger/ledger';
import { validatorBalance } from '../staking/ethereum/api';
import { WAD } from './wad';
import { reduceBeaconSlashingFactor } from './beaconSlashingFactor';
import { addDepositShares, ensureStaker, operatorStrategy, withdrawableShares } from './stakers';
import { NATIVE_STRATEGY, podAccount, type Pod } from './state';
import { lrtRatesTouching, reportLrtRates } from './lrtRate';
import { say } from '../messages/say';

export function ensurePod(world: World, owner: string): Pod {
  let p = world.restaking.pods[owner];
  if (!p) {
    p = { owner, validators: [], restakedBalance: 0n, beaconSlashingFactor: WAD };
    world.restaking.pods[owner] = p;
  }
  return p;
}

/** ETH the pod's validators and the pod itself hold now. */
export function podBalance(world: World, pod: Pod): bigint {
  let total = balanceOf(world.ledger, 'ETH', podAccount(pod.owner));
  for (const v of pod.validators) total += validatorBalance(world, v);
  return total;
}

/** verifyWithdrawalCredentials: a validator pointing at the pod joins it; its balance becomes deposit shares. */
export function verifyWithdrawalCredentials(
  world: World,
  owner: string,
  name: string,
  account: string,
  validator: string,
): bigint {
  const v = world.ethereum.validators[validator];
  if (!v) throw new RefusedEvent(say('restaking.refused.noValidator', { validator }));
  if (v.withdrawalAccount !== podAccount(owner)) {
    throw new RefusedEvent(say('restaking.refused.podCredentials', { validator, name, podAccount: podAccount(owner) }));
  }
  const pod = ensurePod(world, owner);
  if (pod.validators.includes(validator))
    throw new RefusedEvent(say('restaking.refused.podHasValidator', { validator, name }));
  const staker = ensureStaker(world, owner, name, account);
  const balance = validatorBalance(world, validator);
  pod.validators.push(validator);
  pod.restakedBalance += balance;
  addDepositShares(world, staker, NATIVE_STRATEGY, balance);
  return balance;
}

/** A checkpoint of the pod; returns the step id. */
export function checkpointPod(ctx: Ctx, owner: string, parent: number | null = null): number {
  const { world } = ctx;
  const pod = world.restaking.pods[owner];
  if (!pod) throw new RefusedEvent(say('restaking.refused.noPod', { owner }));
  const staker = world.restaking.stakers[owner];
  const name = staker?.name ?? owner;
  const now = podBalance(world, pod);
  const prev = pod.restakedBalance;
  if (now === prev || !staker) {
    pod.restakedBalance = now;
    return ctx.trace.step({
      kind: 'restaking.pod.checkpoint',
      layer: 'restaking',
      entities: [owner],
      amounts: { balance: now },
      parent,
      message: say('restaking.pod.checkpoint.same', { name, now }),
    });
  }
  if (now > prev) {
    addDepositShares(world, staker, NATIVE_STRATEGY, now - prev);
    pod.restakedBalance = now;
    return ctx.trace.step({
      kind: 'restaking.pod.checkpoint',
      layer: 'restaking',
      entities: [owner],
      amounts: { gained: now - prev },
      parent,
      message: say('restaking.pod.checkpoint.gain', { name, gained: now - prev, now }),
    });
  }
  const lrts = lrtRatesTouching(world, staker.delegatedTo);
  const before = withdrawableShares(world, staker, NATIVE_STRATEGY);
  const lBefore = pod.beaconSlashingFactor;
  pod.beaconSlashingFactor = reduceBeaconSlashingFactor(lBefore, prev, now);
  pod.restakedBalance = now;
  const after = withdrawableShares(world, staker, NATIVE_STRATEGY);
  // DelegationManager.decreaseDelegatedShares: the operator loses what the staker lost.
  if (staker.delegatedTo) {
    const os = operatorStrategy(world, staker.delegatedTo, NATIVE_STRATEGY);
    const drop = before - after;
    os.shares = os.shares > drop ? os.shares - drop : 0n;
  }
  const id = ctx.trace.step({
    kind: 'restaking.pod.checkpoint',
    layer: 'restaking',
    entities: [owner, ...(staker.delegatedTo ? [staker.delegatedTo] : [])],
    amounts: { lost: prev - now, withdrawableBefore: before, withdrawableAfter: after },
    parent,
    message: say('restaking.pod.checkpoint.loss', {
      name,
      lost: prev - now,
      prev,
      now,
      factorBefore: lBefore,
      factorAfter: pod.beaconSlashingFactor,
      before,
      after,
    }),
  });
  reportLrtRates(ctx, lrts, id);
  return id;
}
