/**
 * cascadeSummary: where a cascade's losses landed, per layer and per holder, from the trace alone. A loss is
 * value destroyed (a burn: slashes, penalties) or taken away (a redistribution to a slashing recipient), counted
 * once, from the movement that did it, in the asset it was in. Observation steps carry no movements, so nothing
 * is counted twice: the per-holder sum equals the per-layer sum equals the total, per asset.
 */
import type { Movement } from '../ledger/ledger';
import type { Layer, TraceStep } from '../trace';
import type { World } from '../world';

export interface CascadeSummary {
  /** asset -> total lost. */
  total: Record<string, bigint>;
  /** layer -> asset -> lost. */
  byLayer: Partial<Record<Layer, Record<string, bigint>>>;
  /** who bore it (a holder id, or the account when it belongs to no holder) -> asset -> lost. */
  byHolder: Record<string, Record<string, bigint>>;
  /** ETH the lending markets' borrowers lost to liquidation bonuses is a transfer, not a burn: listed apart. */
  liquidations: { borrower: string; market: string; repaid: bigint; seized: bigint; step: number }[];
}

/** Whether a movement destroys or takes away value (not a trade, loan, reward or fee). */
export function isLoss(m: Movement): boolean {
  if (m.from === null) return false;
  if (m.to === null) return m.reason === 'burn' || m.reason.startsWith('slash') || m.reason.startsWith('penalty');
  return m.reason === 'redistribution';
}

/**
 * Who bears a loss taken from `account`: `holder:<id>` -> id; an Ethereum validator -> its owner (a holder, or a
 * pool whose holders then share it through the rate); an EigenPod -> its owner; anything else -> the account.
 */
export function bearer(account: string, world?: World): string {
  if (account.startsWith('holder:')) return account.slice(7);
  if (world && account.startsWith('eth:validator:'))
    return world.ethereum.validators[account.slice(14)]?.owner ?? account;
  if (account.startsWith('eigen:pod:')) return account.slice(10);
  return account;
}

const add = (rec: Record<string, bigint>, k: string, v: bigint): void => {
  rec[k] = (rec[k] ?? 0n) + v;
};

export function cascadeSummary(trace: readonly TraceStep[], world?: World): CascadeSummary {
  const out: CascadeSummary = { total: {}, byLayer: {}, byHolder: {}, liquidations: [] };
  for (const s of trace) {
    for (const m of s.movements) {
      if (!isLoss(m) || m.amount === 0n) continue;
      add(out.total, m.asset, m.amount);
      add((out.byLayer[s.layer] ??= {}), m.asset, m.amount);
      add((out.byHolder[bearer(m.from!, world)] ??= {}), m.asset, m.amount);
    }
    if (s.kind === 'market.liquidation') {
      out.liquidations.push({
        borrower: s.entities[0],
        market: s.entities[1],
        repaid: s.amounts.repaid,
        seized: s.amounts.seized,
        step: s.id,
      });
    }
  }
  return out;
}
