/**
 * What other models may ask of the chain (liquid staking deposits into validators, restaking pods follow their
 * balances, faults slash them). Everything else about the chain is private to staking/ethereum.
 */
import type { Ctx } from '../../module';
import { EngineError } from '../../errors';
import { balanceOf } from '../../ledger/ledger';
import type { World } from '../../world';
import { validatorAccount, type Validator } from './state';

export interface NewValidator {
  id: string;
  /** Ledger account the deposit is taken from (ETH). */
  fromAccount: string;
  amount: bigint;
  withdrawalAccount: string;
  owner: string;
  operator: string;
  compounding?: boolean;
  /** Genesis validators start active at epoch 0 instead of queueing for activation. */
  activeAtGenesis?: boolean;
  online?: boolean;
}

export function validatorBalance(world: World, id: string): bigint {
  return balanceOf(world.ledger, 'ETH', validatorAccount(id));
}

export function getValidator(world: World, id: string): Validator {
  const v = world.ethereum.validators[id];
  if (!v) throw new EngineError(`there is no validator "${id}"`);
  return v;
}

/** Deposits into a new validator; returns the trace step id. Implemented by the Ethereum model. */
export let depositValidator: (ctx: Ctx, spec: NewValidator, parent?: number | null) => number = () => {
  throw new EngineError('Ethereum model not implemented yet');
};

/** Starts a voluntary exit through the exit churn; returns the trace step id. */
export let requestExit: (ctx: Ctx, id: string, parent?: number | null) => number = () => {
  throw new EngineError('Ethereum model not implemented yet');
};

/**
 * Slashes validators for a proven offence (double vote / surround vote) exactly as slash_validator does;
 * returns the trace step id of each validator's slashing, in order.
 */
export let slashValidators: (ctx: Ctx, ids: string[], parent?: number | null) => number[] = () => {
  throw new EngineError('Ethereum model not implemented yet');
};

/** Lets the Ethereum model install its implementations (keeps this file free of import cycles). */
export function implementEthereumApi(impl: {
  depositValidator: typeof depositValidator;
  requestExit: typeof requestExit;
  slashValidators: typeof slashValidators;
}): void {
  depositValidator = impl.depositValidator;
  requestExit = impl.requestExit;
  slashValidators = impl.slashValidators;
}
