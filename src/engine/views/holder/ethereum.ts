/**
 * The holder's own validators: their balances on the beacon chain (the ledger's validator accounts). Validators
 * natively restaked through the holder's EigenPod are the restaking part's (what the pod lets them withdraw).
 */
import type { World } from '../../world';
import { validatorBalance } from '../../staking/ethereum/api';
import type { PartSink } from './parts';

export function ethereumPart(world: World, holder: string, _account: string, sink: PartSink): void {
  const inPod = new Set(world.restaking.pods[holder]?.validators ?? []);
  for (const id of world.ethereum.order) {
    const v = world.ethereum.validators[id];
    if (v?.owner === holder && !inPod.has(id)) sink.add('staked', validatorBalance(world, id));
  }
}
