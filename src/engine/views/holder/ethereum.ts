/**
 * The holder's own validators: their balances on the beacon chain (the ledger's validator accounts). Validators
 * natively restaked through the holder's EigenPod are the restaking part's (what the pod lets them withdraw).
 */
import { validatorBalance } from '../../staking/ethereum/api';
import type { Contribution } from './parts';

export const ethereumPart: Contribution = (world, holder, _account, sink, index) => {
  const inPod = world.restaking.pods[holder]?.validators ?? [];
  for (const id of index.validators.get(holder) ?? [])
    if (!inPod.includes(id)) sink.add('staked', validatorBalance(world, id));
};
