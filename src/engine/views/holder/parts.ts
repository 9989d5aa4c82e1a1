import type { World } from '../../world';
import type { HolderIndex } from './index';

/** The parts a holder's ETH value is broken into (holderValue.ts says what each counts). */
export const HOLDER_PARTS = ['wallet', 'staked', 'restaked', 'withdrawing', 'markets'] as const;
export type HolderPart = (typeof HOLDER_PARTS)[number];
export type HolderParts = Record<HolderPart, bigint>;

/** Where a model's contribution goes: ETH value into a part, or an amount with no ETH price, by asset. */
export interface PartSink {
  add(part: HolderPart, gwei: bigint): void;
  unpriced(asset: string, amount: bigint): void;
}

/** One model's contribution to a holder's value. */
export type Contribution = (world: World, holder: string, account: string, sink: PartSink, index: HolderIndex) => void;
