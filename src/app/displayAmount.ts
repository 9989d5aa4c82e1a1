/**
 * Amounts on graph cards follow the one number policy (./format/amount.ts): at most 4 decimals, 4 significant
 * digits below 1, separators always; the exact value, to the gwei, is in the card's tooltip and the inspector.
 */
import { formatNumber } from './format/amount';

export const formatEthCard = (gwei: bigint): string => formatNumber(gwei);
