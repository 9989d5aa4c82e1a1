/** ethereum messages: the sentences of the ethereum model (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
// A refusal names the exact balance: the learner types the amount back.
import { formatEth as formatExactEth } from '../../ledger/amount';
import { SHARD_COMMITTEE_PERIOD } from '../../staking/ethereum/constants';
import { EPOCHS_PER_DAY } from '../../time';

/** How far away a number of epochs is, in words: "in 5 epochs (32 minutes)" / "in 8197 epochs (36.4 days)". */
function inEpochs(n: number): string {
  const minutes = (n * 384) / 60;
  const when =
    n < 10
      ? `${Math.round(minutes)} minutes`
      : n < EPOCHS_PER_DAY
        ? `${(minutes / 60).toFixed(1)} hours`
        : `${(n / EPOCHS_PER_DAY).toFixed(1)} days`;
  return `in ${n} epoch${n === 1 ? '' : 's'} (${when})`;
}

export const ethereum = {
  /** The summary of a stretch of epochs: who earned, who lost (three by name, then the rest), and why. */
  'ethereum.epochs': (p: {
    epochs: number;
    earners: number;
    reward: bigint;
    named: readonly { validator: string; lost: bigint }[];
    moreCount: number;
    moreLost: bigint;
    inactivity: bigint;
  }) => {
    const over = `Over ${p.epochs} epoch${p.epochs === 1 ? '' : 's'}, `;
    const earned =
      p.earners === 0
        ? `${over}no tracked validator earned attestation rewards`
        : `${over}${p.earners} validator${p.earners === 1 ? '' : 's'} earned ${formatEth(p.reward)} ETH in attestation rewards`;
    if (p.named.length === 0) return `${earned}.`;
    const named = p.named.map((l) => `${l.validator} lost ${formatEth(l.lost)} ETH`).join(', ');
    const more = p.moreCount > 0 ? ` and ${p.moreCount} more validators lost ${formatEth(p.moreLost)} ETH` : '';
    const why =
      p.inactivity > 0n
        ? ` to missed-attestation and inactivity-leak penalties (${formatEth(p.inactivity)} ETH of it to the leak)`
        : ' to penalties for missed attestations (a slashed validator counts as missing them)';
    return `${earned}; ${named}${more}${why}.`;
  },
  'ethereum.refused.exitNotActive': (p: { validator: string; deposited: boolean }) =>
    `${p.validator} is not active yet (it is ${p.deposited ? 'still in the deposit queue' : 'waiting for activation'}); only an active validator can exit.`,
  'ethereum.refused.exitAlready': (p: { validator: string; slashed: boolean; exitEpoch: number | null }) =>
    `${p.validator} is already ${p.slashed ? 'being forced out after its slashing' : 'exiting'} (exit epoch ${p.exitEpoch}); there is nothing more to request.`,
  'ethereum.refused.exitTooSoon': (p: {
    validator: string;
    activeFor: number;
    allowedAt: number;
    epochsAway: number;
  }) =>
    `${p.validator} has been active for only ${p.activeFor} epochs; a validator must serve ${SHARD_COMMITTEE_PERIOD} epochs (SHARD_COMMITTEE_PERIOD, about 27 hours) before it may exit. Request the exit again at epoch ${p.allowedAt}, ${inEpochs(p.epochsAway)}.`,
  'ethereum.refused.slashAgain': (p: { validator: string; slashedEpoch: number | null }) =>
    `${p.validator} is already slashed (at epoch ${p.slashedEpoch}); a validator can only be slashed once.`,
  'ethereum.refused.slashNotActive': (p: { validator: string }) =>
    `${p.validator} is not active yet, so it has signed nothing that could be slashed.`,
  'ethereum.refused.slashWithdrawable': (p: { validator: string }) =>
    `${p.validator} is already withdrawable; it can no longer be slashed.`,
  'ethereum.refused.slashStatus': (p: { validator: string; status: string }) =>
    `${p.validator} cannot be slashed while ${p.status}.`,
  'ethereum.refused.depositTooSmall': (p: { amount: bigint }) =>
    `the deposit contract accepts deposits of at least 1 ETH; ${formatEth(p.amount)} ETH is too little.`,
  'ethereum.refused.depositOverdraft': (p: { from: string; have: bigint; amount: bigint }) =>
    `${p.from} has only ${formatExactEth(p.have)} ETH and cannot deposit ${formatExactEth(p.amount)} ETH; deposit less or fund ${p.from} first.`,
  'ethereum.refused.topUpExiting': (p: { id: string; slashed: boolean }) =>
    `${p.id} is ${p.slashed ? 'slashed and ' : ''}exiting; a top-up would only be paid back after it is withdrawable. Deposit into a new validator instead.`,
  'ethereum.refused.validatorExists': (p: { id: string }) => `validator "${p.id}" already exists; pick another id.`,
  'ethereum.deposit.topup': (p: { from: string; id: string; amount: bigint }) =>
    `${p.from} tops up ${p.id} with ${formatEth(p.amount)} ETH; the deposit waits in the deposit queue until it is finalized and fits in the activation churn.`,
  'ethereum.refused.genesisBelow32': (p: { id: string; amount: bigint }) =>
    `a validator needs at least 32 ETH to be active; ${p.id} would have ${formatEth(p.amount)} ETH.`,
  'ethereum.validator.genesis': (p: { id: string; amount: bigint; from: string }) =>
    `${p.id} starts as an active validator with ${formatEth(p.amount)} ETH from ${p.from}.`,
  'ethereum.deposit': (p: { from: string; amount: bigint; id: string; shortBy: bigint }) =>
    `${p.from} deposits ${formatEth(p.amount)} ETH for a new validator ${p.id}. The deposit waits in the deposit queue until its block is finalized and it fits in the activation churn.${p.shortBy > 0n ? ` It needs at least 32 ETH to be activated, so it will wait for a top-up of ${formatEth(p.shortBy)} ETH.` : ''}`,
  'ethereum.deposit.processed': (p: { validator: string; amount: bigint; activatable: boolean }) =>
    `${possessive(p.validator)} deposit of ${formatEth(p.amount)} ETH is processed: it joins the validator set ${p.activatable ? 'and waits in the activation queue' : `but with ${formatEth(p.amount)} ETH it cannot be activated until it is topped up to 32 ETH`}.`,
  'ethereum.deposit.topupProcessed': (p: { amount: bigint; validator: string; sweptTo: string | null }) =>
    `A top-up of ${formatEth(p.amount)} ETH reaches ${possessive(p.validator)} balance.${p.sweptTo === null ? '' : ` ${p.validator} is already withdrawn, so it goes straight on to ${p.sweptTo}.`}`,
  'ethereum.validator.ejected': (p: { validator: string; effectiveBalance: bigint; exitEpoch: number | null }) =>
    `${possessive(p.validator)} effective balance has fallen to ${formatEth(p.effectiveBalance)} ETH, the ejection balance: the protocol forces it out. It exits at epoch ${p.exitEpoch}.`,
  'ethereum.validator.activationScheduled': (p: { validator: string; activationEpoch: number; epochsAway: number }) =>
    `${p.validator} reaches the front of the activation queue: it will start attesting at epoch ${p.activationEpoch} (${inEpochs(p.epochsAway).slice(3)} from now).`,
  'ethereum.slash.correlation': (p: { validator: string; paid: bigint; sum: bigint; share: string }) =>
    `${p.validator} pays its correlation penalty: ${formatEth(p.paid)} ETH. ${formatEth(p.sum)} ETH was slashed within 18 days either side of it (${p.share}% of all stake); the penalty is three times that share of its effective balance.`,
  'ethereum.validator.active': (p: { id: string; epoch: number; effectiveBalance: bigint }) =>
    `${p.id} is now active: from epoch ${p.epoch} it attests and earns rewards on ${formatEth(p.effectiveBalance)} ETH of effective balance.`,
  'ethereum.validator.exited': (p: { id: string; epoch: number; withdrawableEpoch: null | number; slashed: boolean }) =>
    `${p.id} has exited: it stops attesting at epoch ${p.epoch}. Its balance becomes withdrawable at epoch ${p.withdrawableEpoch}${p.slashed ? '; being slashed, it keeps paying penalties until then' : ''}.`,
  'ethereum.validator.withdrawn': (p: { id: string; amount: bigint; withdrawalAccount: string }) =>
    `${p.id} becomes withdrawable; ${formatEth(p.amount)} ETH goes to ${p.withdrawalAccount}.`,
  'ethereum.refused.noValidator': (p: { id: string }) =>
    `there is no validator "${p.id}"; check the id in the scenario's validator list.`,
  'ethereum.exit.requested': (p: { id: string; exitEpoch: number; epochsAway: number; withdrawable: number }) =>
    `${p.id} asks to exit. The exit queue lets it stop at epoch ${p.exitEpoch} (${inEpochs(p.epochsAway).slice(3)} from now); it keeps attesting until then, and its balance becomes withdrawable 256 epochs later, at epoch ${p.withdrawable}.`,
  'ethereum.refused.noHolder': (p: { holder: string }) => `there is no holder "${p.holder}" to deposit from.`,
  'ethereum.refused.topUpCredentials': (p: { validator: string; compounding: boolean }) =>
    `${p.validator} already exists with ${p.compounding ? '0x02 compounding' : '0x01'} credentials; a top-up cannot change them.`,
  'ethereum.online': (p: { online: boolean; validators: readonly string[] }) =>
    p.online
      ? `${p.validators.join(', ')} ${p.validators.length === 1 ? 'is' : 'are'} back online and attesting again.`
      : `${p.validators.join(', ')} go${p.validators.length === 1 ? 'es' : ''} offline: missed attestations now cost source and target penalties every epoch, and much more if finality is lost.`,
  'ethereum.refused.finalityUnchanged': (p: { stalled: boolean }) =>
    p.stalled ? 'finality is already stalled.' : 'the chain is already finalizing.',
  'ethereum.finality': (p: { stalled: boolean; leakEpoch: number }) =>
    p.stalled
      ? `Finality stops (more than a third of the network is offline or split). From epoch ${p.leakEpoch} the inactivity leak drains offline validators, quadratically in time, until the online ones hold two thirds again.`
      : 'The chain finalizes again: the inactivity leak ends, and inactivity scores drain away by 16 per epoch.',
  'ethereum.genesis.validator': (p: {
    status: string;
    id: string;
    owner: string;
    balance: bigint;
    effectiveBalance: bigint;
    online: boolean;
  }) =>
    p.status === 'active'
      ? `${p.id}, ${possessive(p.owner)} validator, starts active with ${formatEth(p.balance)} ETH (effective balance ${formatEth(p.effectiveBalance)} ETH)${p.online ? '' : ', but offline'}.`
      : `${p.id}, ${possessive(p.owner)} validator, starts with ${formatEth(p.balance)} ETH, waiting for activation.`,
  'ethereum.genesis.finality': () =>
    'The chain is not finalizing: after 4 epochs the inactivity leak starts draining offline validators.',
  'ethereum.refused.validatorTwice': () => 'the same validator is listed twice; list each validator once.',
  'ethereum.refused.noWhistleblower': (p: { whistleblower: string }) =>
    `there is no holder "${p.whistleblower}" to receive the whistleblower reward; name a holder or leave it out (the block proposer then gets it).`,
  'ethereum.slash': (p: {
    id: string;
    penalty: bigint;
    effectiveBalance: bigint;
    exitEpoch: null | number;
    correlationEpoch: number;
    correlationIn: number;
    withdrawableEpoch: number;
  }) =>
    `${p.id} is slashed for signing conflicting votes: it loses ${formatEth(p.penalty)} ETH now (1/4096 of its ${formatEth(p.effectiveBalance)} ETH effective balance) and is forced out. It exits at epoch ${p.exitEpoch}, pays a correlation penalty at epoch ${p.correlationEpoch} (${inEpochs(p.correlationIn).slice(3)} from now) that grows with everything slashed around it, and becomes withdrawable at epoch ${p.withdrawableEpoch}.`,
  'ethereum.slash.reward': (p: {
    whistleblower: string | null;
    proposerReward: bigint;
    reporterReward: bigint;
    whistleblowerReward: bigint;
  }) =>
    p.whistleblower !== null
      ? `The block proposer who included the proof gets ${formatEth(p.proposerReward)} ETH and ${p.whistleblower}, who reported it, gets ${formatEth(p.reporterReward)} ETH (new ETH, 1/4096 of the effective balance in all).`
      : `The block proposer who included the proof gets the whole whistleblower reward: ${formatEth(p.whistleblowerReward)} ETH of new ETH (1/4096 of the effective balance).`,
};
