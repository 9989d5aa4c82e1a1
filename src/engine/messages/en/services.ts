/** services messages: the sentences of the services model (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
import { formatWadPercent } from '../../restaking/wad';
import { EPOCHS_PER_DAY } from '../../time';

export const services = {
  'services.rewards': (p: {
    avs: string;
    paid: bigint;
    asset: string;
    operatorSplitBips: number;
    budgetShort: boolean;
  }) =>
    `AVS ${p.avs} pays a week of rewards: ${formatEth(p.paid)} ${p.asset}, ${p.operatorSplitBips / 100}% to the operators and the rest to their stakers in proportion to their restaked stake${p.budgetShort ? ' (its budget ran out, so it paid less than promised)' : ''}.`,
  'services.slash.requested': (p: {
    avs: string;
    operator: string;
    wad: bigint;
    reason: undefined | string;
    id: string;
    executeEpoch: number;
    vetoWindow: number;
  }) =>
    `AVS ${p.avs} requests to slash operator ${p.operator} ${formatWadPercent(p.wad)}${p.reason ? ` for ${p.reason}` : ''} (request ${p.id}): it executes at epoch ${p.executeEpoch}, after a veto window of ${(p.vetoWindow / EPOCHS_PER_DAY).toFixed(2)} days, unless vetoed.`,
  'services.refused.slashRequest': (p: { requestId: string }) => `there is no slash request "${p.requestId}"`,
  'services.refused.slashRequestAlready': (p: { requestId: string; requestStatus: string }) =>
    `slash request ${p.requestId} is already ${p.requestStatus}; only a pending request can be vetoed`,
  'services.slash.vetoed': (p: { avs: string; request: string; operator: string }) =>
    `AVS ${possessive(p.avs)} veto committee vetoes slash request ${p.request}: operator ${p.operator} keeps its stake.`,
  'services.slash.executed': (p: { request: string }) =>
    `The veto window of slash request ${p.request} has ended with no veto: the slash executes.`,
};
