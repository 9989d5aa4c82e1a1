/**
 * What other models may ask of the chain (liquid staking deposits into validators, restaking pods follow their
 * balances, faults slash them). Everything else about the chain is private to staking/ethereum.
 */
import { balanceOf } from '../../ledger/ledger';
import type { World } from '../../world';
import { validatorAccount } from './state';

export type { NewValidator } from './deposits';
/** Deposits into a new validator (or tops up an existing one); returns the trace step id. */
export { acceptsTopUp, depositValidator } from './deposits';
/** Starts a voluntary exit through the exit churn; returns the trace step id. */
export { requestExit } from './exits';
/**
 * Slashes validators for a proven offence (double vote / surround vote) exactly as slash_validator does;
 * returns the trace step id of each validator's slashing, in order.
 */
export { slashValidators } from './slashing';

export function validatorBalance(world: World, id: string): bigint {
  return balanceOf(world.ledger, 'ETH', validatorAccount(id));
}
