/**
 * One withdrawal request (an unstETH NFT; Lido docs "WithdrawalQueueERC721") as a machine: requested ->
 * finalized (by an oracle report, first in first out, only when the buffer holds the ether it locks:
 * `bufferCoversRequest`) -> claimed (by its owner only: `claimedByOwner`). It cannot be cancelled. There is no
 * delay of its own: finalization waits for the oracle report, which the liquid model runs.
 */
import { setup, assign, type SnapshotFrom } from 'xstate';
import type { MachineMeta } from '../../machines/step';
import type { WithdrawalRequestStatus } from '../state';

export interface WithdrawalRequestContext {
  owner: string;
  /** Ether locked for it at finalization; null until finalized. */
  claimableEth: bigint | null;
  finalizedEpoch: number | null;
}

export type WithdrawalRequestEvent =
  /** An oracle report at `epoch` would lock `eth` for it out of `buffered` ether. */
  { type: 'FINALIZE'; epoch: number; eth: bigint; buffered: bigint } | { type: 'CLAIM'; holder: string };

const meta: MachineMeta = { delays: [] };

export const withdrawalRequestMachine = setup({
  types: {
    context: {} as WithdrawalRequestContext,
    events: {} as WithdrawalRequestEvent,
  },
  guards: {
    bufferCoversRequest: ({ event }) => event.type === 'FINALIZE' && event.eth <= event.buffered,
    claimedByOwner: ({ context, event }) => event.type === 'CLAIM' && event.holder === context.owner,
  },
  actions: {
    lockEther: assign(({ event }) => {
      const e = event as Extract<WithdrawalRequestEvent, { type: 'FINALIZE' }>;
      return { claimableEth: e.eth, finalizedEpoch: e.epoch };
    }),
  },
}).createMachine({
  id: 'withdrawalRequest',
  initial: 'requested',
  context: { owner: '', claimableEth: null, finalizedEpoch: null },
  meta,
  states: {
    requested: { on: { FINALIZE: { target: 'finalized', guard: 'bufferCoversRequest', actions: 'lockEther' } } },
    finalized: { on: { CLAIM: { target: 'claimed', guard: 'claimedByOwner' } } },
    claimed: { type: 'final' },
  },
});

export type WithdrawalRequestSnapshot = SnapshotFrom<typeof withdrawalRequestMachine>;

export function withdrawalRequestSnapshot(
  r: WithdrawalRequestContext & { status: WithdrawalRequestStatus },
): WithdrawalRequestSnapshot {
  return withdrawalRequestMachine.resolveState({
    value: r.status,
    context: { owner: r.owner, claimableEth: r.claimableEth, finalizedEpoch: r.finalizedEpoch },
  });
}
