/**
 * Amounts on graph cards are rounded for legibility (a card is 200 px wide); the exact value, to the gwei, is in
 * the card's tooltip, the inspector and the narration. Rounding never hides a sign or turns a non-zero into zero.
 */
import { formatEth } from '../engine/ledger/amount';

export function formatEthCard(gwei: bigint): string {
  const abs = gwei < 0n ? -gwei : gwei;
  if (abs >= 1_000_000_000_000n) {
    // 1,000 ETH and more: whole units with separators.
    const n = Number(gwei / 1_000_000_000n);
    return n.toLocaleString('en-US');
  }
  if (abs >= 1_000_000_000n) {
    // 1 to 1,000 ETH: at most 4 decimals, rounded half up (1e5 gwei steps).
    const step = 100_000n;
    const rounded = ((abs + step / 2n) / step) * step;
    const text = formatEth(rounded);
    return gwei < 0n ? `-${text}` : text;
  }
  return formatEth(gwei);
}
