/** Messages of the world itself: holders at genesis, transfers between them, time passing (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
import { EPOCHS_PER_DAY } from '../../time';

export const system = {
  // Protocols' ledger accounts in words (accountNames.ts); a holder's account is just the holder's name.
  'system.account.lido': (p: { pool: string; part: string }) =>
    `${possessive(p.pool)} ${p.part === 'withdrawals' ? 'withdrawal vault' : p.part}`,
  'system.account.lidoOperator': (p: { pool: string; operator: string }) =>
    `${possessive(p.pool)} operator ${p.operator}`,
  'system.account.rocket': (p: { pool: string; part: string }) =>
    `${possessive(p.pool)} ${p.part === 'deposits' ? 'deposit pool' : p.part}`,
  'system.account.minipool': (p: { pool: string; minipool: string }) => `${p.minipool} of ${p.pool}`,
  'system.account.node': (p: { pool: string; node: string }) => `${possessive(p.node)} node in ${p.pool}`,
  'system.account.pod': (p: { holder: string }) => `${possessive(p.holder)} EigenPod`,
  'system.account.operator': (p: { operator: string }) => `operator ${p.operator}`,
  'system.genesis.holder': (p: { holder: string; balances: readonly { asset: string; amount: bigint }[] }) =>
    `${p.holder} starts with ${p.balances.length ? p.balances.map((b) => `${formatEth(b.amount)} ${b.asset}`).join(' and ') : 'nothing'}.`,
  'system.refused.noHolder': (p: { holder: string }) => `there is no holder "${p.holder}"`,
  'system.refused.transferOverdraft': (p: { from: string; have: bigint; asset: string; amount: bigint }) =>
    `${p.from} has only ${formatEth(p.have)} ${p.asset}, so cannot send ${formatEth(p.amount)}. Send at most ${formatEth(p.have)}.`,
  'system.transfer': (p: { from: string; amount: bigint; asset: string; to: string }) =>
    `${p.from} sends ${formatEth(p.amount)} ${p.asset} to ${p.to}.`,
  'system.time.advance': (p: { epochs: number; start: number; target: number }) =>
    `Time passes: ${p.epochs} epoch${p.epochs === 1 ? '' : 's'} (${(p.epochs / EPOCHS_PER_DAY).toFixed(2)} days), from epoch ${p.start} to ${p.target}.`,
};
