/**
 * The exact ledger: integer balances per asset and account, where every movement of value is a mint, a burn or
 * a transfer with a reason. Conservation is a checked invariant: for every asset,
 * sum(balances) == initial + minted - burned, exactly.
 */
import { EngineError } from '../errors';
import { own, record } from '../records';

export type AssetId = string;
export type AccountId = string;

/** Why value moved. Kept as a string union prefix so traces can be grouped by cause. */
export type Reason =
  | 'genesis'
  | 'deposit'
  | 'withdrawal'
  | 'transfer'
  | 'reward'
  | 'reward:proposer'
  | 'reward:whistleblower'
  | 'penalty'
  | 'penalty:inactivity'
  | 'slash:initial'
  | 'slash:correlation'
  | 'slash'
  | 'fee'
  | 'commission'
  | 'burn'
  | 'redistribution'
  | 'mint'
  | 'trade'
  | 'loan'
  | 'repay'
  | 'liquidation'
  | (string & {});

export interface AssetBook {
  initial: bigint;
  minted: bigint;
  burned: bigint;
  /**
   * A Map, not a plain object: a world can hold tens of thousands of accounts per asset, and summing a Map's
   * values for the conservation check after every event is about ten times faster than an object's.
   */
  balances: Map<AccountId, bigint>;
}

export interface Ledger {
  assets: Record<AssetId, AssetBook>;
}

/** One movement of value. `from: null` is a mint, `to: null` a burn. */
export interface Movement {
  asset: AssetId;
  from: AccountId | null;
  to: AccountId | null;
  amount: bigint;
  reason: Reason;
}

export function createLedger(): Ledger {
  return { assets: record() };
}

function book(ledger: Ledger, asset: AssetId): AssetBook {
  let b = own(ledger.assets, asset);
  if (!b) {
    b = { initial: 0n, minted: 0n, burned: 0n, balances: new Map() };
    ledger.assets[asset] = b;
  }
  return b;
}

export function balanceOf(ledger: Ledger, asset: AssetId, account: AccountId): bigint {
  return own(ledger.assets, asset)?.balances.get(account) ?? 0n;
}

function checkAmount(amount: bigint, what: string): void {
  if (amount < 0n) throw new EngineError(`${what}: negative amount ${amount}`);
}

/** Genesis balances: part of `initial`, not of `minted`. */
export function endow(ledger: Ledger, asset: AssetId, account: AccountId, amount: bigint): Movement {
  checkAmount(amount, `endow ${account}`);
  const b = book(ledger, asset);
  b.balances.set(account, (b.balances.get(account) ?? 0n) + amount);
  b.initial += amount;
  return { asset, from: null, to: account, amount, reason: 'genesis' };
}

export function mint(ledger: Ledger, asset: AssetId, to: AccountId, amount: bigint, reason: Reason): Movement {
  checkAmount(amount, `mint to ${to}`);
  const b = book(ledger, asset);
  b.balances.set(to, (b.balances.get(to) ?? 0n) + amount);
  b.minted += amount;
  return { asset, from: null, to, amount, reason };
}

export function burn(ledger: Ledger, asset: AssetId, from: AccountId, amount: bigint, reason: Reason): Movement {
  checkAmount(amount, `burn from ${from}`);
  const b = book(ledger, asset);
  const have = b.balances.get(from) ?? 0n;
  if (have < amount) {
    throw new EngineError(`cannot burn ${amount} ${asset} from ${from}: balance is only ${have}`);
  }
  b.balances.set(from, have - amount);
  b.burned += amount;
  return { asset, from, to: null, amount, reason };
}

export function transfer(
  ledger: Ledger,
  asset: AssetId,
  from: AccountId,
  to: AccountId,
  amount: bigint,
  reason: Reason,
): Movement {
  checkAmount(amount, `transfer ${from} -> ${to}`);
  const b = book(ledger, asset);
  const have = b.balances.get(from) ?? 0n;
  if (have < amount) {
    throw new EngineError(`cannot move ${amount} ${asset} from ${from} to ${to}: balance is only ${have}`);
  }
  b.balances.set(from, have - amount);
  b.balances.set(to, (b.balances.get(to) ?? 0n) + amount);
  return { asset, from, to, amount, reason };
}

export interface AssetTotals {
  initial: bigint;
  minted: bigint;
  burned: bigint;
  total: bigint;
}

export function totals(ledger: Ledger, asset: AssetId): AssetTotals {
  const b = own(ledger.assets, asset);
  if (!b) return { initial: 0n, minted: 0n, burned: 0n, total: 0n };
  let total = 0n;
  for (const v of b.balances.values()) total += v;
  return { initial: b.initial, minted: b.minted, burned: b.burned, total };
}

/** Throws unless every asset balances exactly and no balance is negative. */
export function assertConserved(ledger: Ledger): void {
  for (const [asset, b] of Object.entries(ledger.assets)) {
    let total = 0n;
    for (const [account, v] of b.balances) {
      if (v < 0n) throw new EngineError(`negative balance: ${account} holds ${v} ${asset}`);
      total += v;
    }
    const expected = b.initial + b.minted - b.burned;
    if (total !== expected) {
      throw new EngineError(
        `ledger out of balance for ${asset}: sum of balances ${total} != initial ${b.initial} + minted ${b.minted} - burned ${b.burned}`,
      );
    }
  }
}
