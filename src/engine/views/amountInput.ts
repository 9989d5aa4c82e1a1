/**
 * An amount a learner types (the sandbox's amount picker), read with the engine's own decimal parser (parseEth, the
 * one the scenario format's Amount uses), and the amount offered by default.
 */
import { parseEth } from '../ledger/amount';
import { MIN_ACTIVATION_BALANCE } from '../staking/ethereum/constants';

export type AmountProblem = 'notANumber' | 'notPositive' | 'moreThanAvailable';

export type AmountReading = { ok: true; amount: bigint } | { ok: false; problem: AmountProblem };

/** A positive decimal with at most 9 decimals (1 gwei), no more than `available`. */
export function readAmount(text: string, available: bigint): AmountReading {
  let amount: bigint;
  try {
    amount = parseEth(text.trim());
  } catch {
    return { ok: false, problem: 'notANumber' };
  }
  if (amount <= 0n) return { ok: false, problem: 'notPositive' };
  if (amount > available) return { ok: false, problem: 'moreThanAvailable' };
  return { ok: true, amount };
}

/** One validator's deposit (MIN_ACTIVATION_BALANCE, 32 ETH) when the holder has that much, else all they have. */
export function defaultAmount(available: bigint): bigint {
  return available >= MIN_ACTIVATION_BALANCE ? MIN_ACTIVATION_BALANCE : available;
}
