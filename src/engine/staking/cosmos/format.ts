/** Amounts for sentences: "4,975 ATOM", "999.9 ATOM" (exact, 1e-9 units, thousands separated). */
import { formatNumber as formatEth } from '../../ledger/display';

export function formatAmount(units: bigint, token: string): string {
  const text = formatEth(units);
  const [whole, frac] = text.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${units < 0n ? '-' : ''}${grouped}${frac ? `.${frac}` : ''} ${token}`;
}
