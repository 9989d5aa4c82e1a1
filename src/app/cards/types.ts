/**
 * What the sandbox draws: entities (cards) by kind, and links between them with the amount that flows along each.
 * Each model contributes its own cards and links (holders.ts, ethereum.ts, liquid.ts, restaking.ts, markets.ts,
 * cosmos.ts); ../worldView.ts composes them.
 */
import type { MessageKey } from '../messages/en';

export type EntityKind =
  'holder' | 'validator' | 'cosmosValidator' | 'operator' | 'lstPool' | 'lrt' | 'avs' | 'ammPool' | 'lending' | 'vault';

/** Words for the UI to look up in its catalogue (src/ui/messages): the app layer holds keys, never English. */
export interface Msg {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface Fact {
  /** A short label ("staked", "status"), as a message key. */
  label: MessageKey;
  labelParams?: Record<string, string | number>;
  /** A shorter label for the 200 px card when `label` would push the number off it (the card still says `label`
   * to screen readers and in the row's title). */
  short?: MessageKey;
  value: string;
  /** A list value ("16 ETH · 16 stETH"): its items, which the card may wrap onto a second line (never mid-amount). */
  parts?: string[];
  /** For amounts: the raw gwei-scale value, so the UI can animate or compare. */
  raw?: bigint;
  /** The exact value when `value` is rounded for the card (shown as its tooltip). */
  exact?: string;
  /** The amount's unit ("ETH", "ATOM") when the fact is an amount. */
  unit?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The size of the entity, for ordering and grouping (gwei-scale). */
  weight: bigint;
  facts: Fact[];
  /** e.g. a validator's lifecycle state (the engine's state value, for logic). */
  status?: string;
  /** The status in words, as a message key. */
  statusLabel?: MessageKey;
  slashed?: boolean;
}

export interface Link {
  id: string;
  source: string;
  target: string;
  /** The amount on the link (gwei-scale units of `asset`). */
  amount: bigint;
  asset: string;
  /**
   * Not plain stake: an operator-set registration with nothing allocated yet, or stake on its way out
   * (an unbonding entry) or in from another validator (a redelegation entry). Drawn dashed.
   */
  variant?: 'registration' | 'unbonding' | 'redelegation';
  /** What the edge is, in words, for its accessible name (time left, where a redelegation came from). */
  note?: Msg;
  /** The same, short, shown after the amount on the edge (the full note would push the label off its edge). */
  badge?: Msg;
}

export interface WorldView {
  entities: Entity[];
  links: Link[];
}

/** One model's contribution to the view. */
export type ViewPart = WorldView;
