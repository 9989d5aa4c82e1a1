/**
 * The compare view: the session's scenario and events replayed under two security models (in the replay worker,
 * replayCore.ts), and what differs between them, as message keys with amounts rounded for reading
 * (displayAmount.ts; the tables' tooltips carry them to the gwei).
 */
import { formatEth } from '../engine/ledger/amount';
import { formatEthCard } from './displayAmount';
import type { SecurityModel } from '../engine/world';
import type { MessageKey } from './messages/en';
import type { DashboardData } from './dashboardData';

export interface Difference {
  key: MessageKey;
  params: Record<string, string | { key: MessageKey }>;
}

/** What a comparison reads of each side (DashboardData, or the replay worker's ReplayData). */
export type Comparable = Pick<DashboardData, 'model' | 'avs' | 'holders' | 'yields'>;

/** Losses of a holder: slashing and penalties on their accounts plus value lost through token rates. */
export const lossOf = (y: { losses: bigint; viaTokensLoss: bigint }): bigint => y.losses + y.viaTokensLoss;

/** Two different amounts, rounded for reading unless rounding would make them look equal (then to the gwei). */
function pair(a: bigint, b: bigint): { a: string; b: string } {
  const ra = formatEthCard(a);
  const rb = formatEthCard(b);
  return ra === rb ? { a: formatEth(a), b: formatEth(b) } : { a: ra, b: rb };
}

const model = (m: SecurityModel) => ({ key: `compare.short.${m}` as MessageKey });
const verdict = (safe: boolean) => ({ key: (safe ? 'dashboard.safe' : 'dashboard.unsafe') as MessageKey });

export function differences(a: Comparable, b: Comparable): Difference[] {
  const out: Difference[] = [];
  const ma = model(a.model);
  const mb = model(b.model);
  for (const x of a.avs) {
    const y = b.avs.find((r) => r.id === x.id);
    if (!y) continue;
    if (x.stakeSeen !== y.stakeSeen)
      out.push({
        key: 'compare.diff.seen',
        params: { avs: x.name, ...pair(x.stakeSeen, y.stakeSeen), modelA: ma, modelB: mb },
      });
    if (x.safeAlone !== y.safeAlone)
      out.push({
        key: 'compare.diff.verdict',
        params: { avs: x.name, a: verdict(x.safeAlone), b: verdict(y.safeAlone), modelA: ma, modelB: mb },
      });
  }
  for (const x of a.yields) {
    const y = b.yields.find((r) => r.holder === x.holder);
    if (!y) continue;
    if (lossOf(x) !== lossOf(y)) {
      const name = a.holders.find((h) => h.id === x.holder)?.name ?? x.holder;
      out.push({
        key: 'compare.diff.loss',
        params: { holder: name, ...pair(lossOf(x), lossOf(y)), modelA: ma, modelB: mb },
      });
    }
  }
  return out;
}
