/** restaking messages: the sentences of the restaking model (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { assetName, formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
import { operatorSet } from './operatorSet';
import { reasonWords } from './reasons';
import { WITHDRAWAL_DELAY_EPOCHS } from '../../restaking/constants';
import { formatWadPercent } from '../../restaking/wad';
import { EPOCHS_PER_DAY } from '../../time';

/** An LRT's rate (ETH per token, an exact fraction) to the gwei, rounded down, as restaking/lrtRate.ts formats it. */
/** "Alice", "Alice and Bob", "Alice, Bob and Carol". */
const andList = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** An AVS's default operator set (0) reads as the AVS itself, so a lesson names the service, not "set 0". */
const setOf = (avs: string, set: number): string => (set === 0 ? avs : `${possessive(avs)} operator set ${set}`);
const ethPerToken = (r: { num: bigint; den: bigint }): string => formatEth((r.num * 1_000_000_000n) / r.den);

export const restaking = {
  /** Why an allocation does not fit (restaking/magnitude.ts), inside a refusal or a scenario error. */
  'restaking.allocation.pendingChange': () =>
    'this allocation already has a pending change; wait until it takes effect',
  'restaking.allocation.fullySlashed': () =>
    "past slashes took all of the operator's stake in this strategy (its max magnitude is 0): there is nothing left to allocate",
  'restaking.allocation.overAllocated': (p: { total: bigint; magnitude: bigint; maxMagnitude: bigint }) =>
    `the operator would allocate ${formatWadPercent(p.total)} of its stake in total (magnitude ${p.magnitude} of a max magnitude of ${p.maxMagnitude}): allocations can never exceed 100% of what is left after past slashes; lower another allocation first`,
  'restaking.refused.vaultDepositZero': () => 'a deposit must be of more than zero',
  'restaking.refused.fullySlashed': (p: { operator: string; strategy: string }) =>
    `${p.operator} has been slashed of all its stake in ${p.strategy} (its max magnitude is 0): the DelegationManager refuses new stake for it (FullySlashed)`,
  'restaking.refused.vaultWithdrawOverdraft': (p: { have: bigint; vault: string }) =>
    `can withdraw at most ${p.have} from vault ${p.vault}`,
  'restaking.refused.operatorExists': (p: { operator: string }) => `operator "${p.operator}" is already registered`,
  'restaking.operator': (p: { name: undefined | string; operator: string; allocationDelayBlocks: number }) =>
    `${p.name ?? p.operator} registers as an EigenLayer operator (allocation delay ${p.allocationDelayBlocks} blocks).`,
  'restaking.refused.allocateInVaultModel': () =>
    'allocations belong to EigenLayer; in the shared-vault model set network limits (SetNetworkLimit) instead',
  'restaking.refused.noNetwork': (p: { avs: string }) => `there is no network "${p.avs}"`,
  'restaking.vault.limit': (p: { vault: string; avs: string; limit: bigint; asset: string }) =>
    `Vault ${possessive(p.vault)} curator sets network ${possessive(p.avs)} limit to ${formatEth(p.limit)} ${p.asset}.`,
  'restaking.vault.shares': (p: { vault: string; operator: string; shares: bigint; avs: string }) =>
    `Vault ${possessive(p.vault)} curator gives operator ${p.operator} ${formatEth(p.shares)} shares of network ${possessive(p.avs)} stake.`,
  'restaking.withdrawal.completable': (p: { id: string; staker: string }) =>
    `Withdrawal ${p.id} of ${p.staker} has waited its 14 days: it can be completed now and is no longer slashable.`,
  'restaking.allocation.effective': (p: {
    operator: string;
    avs: string;
    set: number;
    magnitude: bigint;
    strategy: string;
  }) =>
    `Operator ${possessive(p.operator)} allocation to ${setOf(p.avs, p.set)} takes effect: ${formatWadPercent(p.magnitude)} of its ${p.strategy} stake is now slashable there.`,
  'restaking.vault.paid': (p: { vault: string; amount: bigint; asset: string; account: string }) =>
    `Vault ${p.vault} pays a withdrawal of ${formatEth(p.amount)} ${p.asset} to ${p.account}.`,
  'restaking.refused.noValidator': (p: { validator: string }) => `there is no validator "${p.validator}"`,
  'restaking.refused.podCredentials': (p: { validator: string; name: string; podAccount: string }) =>
    `validator ${possessive(p.validator)} withdrawal credentials do not point at ${possessive(p.name)} EigenPod (${p.podAccount}), so it cannot be restaked`,
  'restaking.refused.podHasValidator': (p: { validator: string; name: string }) =>
    `validator ${p.validator} is already in ${possessive(p.name)} pod`,
  'restaking.refused.noPod': (p: { owner: string }) => `"${p.owner}" has no EigenPod`,
  'restaking.pod.checkpoint.same': (p: { name: string; now: bigint }) =>
    `A checkpoint of ${possessive(p.name)} EigenPod finds ${formatEth(p.now)} ETH, as before: nothing changes.`,
  'restaking.pod.checkpoint.gain': (p: { name: string; gained: bigint; now: bigint }) =>
    `A checkpoint of ${possessive(p.name)} EigenPod finds ${formatEth(p.gained)} ETH more than before (${formatEth(p.now)} ETH): it is restaked as new shares.`,
  'restaking.pod.checkpoint.loss': (p: {
    name: string;
    lost: bigint;
    prev: bigint;
    now: bigint;
    factorBefore: bigint;
    factorAfter: bigint;
    before: bigint;
    after: bigint;
  }) =>
    `A checkpoint of ${possessive(p.name)} EigenPod finds ${formatEth(p.lost)} ETH less on the beacon chain (${formatEth(p.prev)} -> ${formatEth(p.now)} ETH): the beacon chain slashes first, so ${possessive(p.name)} beacon-chain slashing factor falls from ${formatWadPercent(p.factorBefore)} to ${formatWadPercent(p.factorAfter)} and restaked ETH withdrawable falls from ${formatEth(p.before)} to ${formatEth(p.after)} ETH.`,
  'restaking.refused.nativeByDeposit': () =>
    "native ETH is restaked through an EigenPod: point a validator's withdrawal credentials at the pod (scenario restaking.pods), not with a deposit",
  'restaking.refused.depositOverdraft': (p: { holder: string; have: bigint; asset: string; amount: bigint }) =>
    `${p.holder} holds only ${formatEth(p.have)} ${p.asset}, cannot deposit ${formatEth(p.amount)}`,
  'restaking.deposit': (p: {
    staker: string;
    amount: bigint;
    asset: string;
    strategy: string;
    operator: null | string;
  }) =>
    `${p.staker} restakes ${formatEth(p.amount)} ${p.asset} in EigenLayer's ${p.strategy} strategy${p.operator ? `; it is delegated to ${p.operator} at once and slashable in proportion to ${possessive(p.operator)} allocations` : ''}.`,
  'restaking.delegate': (p: { staker: string; total: bigint; operator: string }) =>
    `${p.staker} delegates all restaked shares (${formatEth(p.total)}) to operator ${p.operator}: from now on every slash of ${p.operator} reaches them.`,
  'restaking.undelegate': (p: {
    staker: string;
    operator: string;
    withdrawal: string | null;
    payouts: readonly { amount: bigint; asset: string }[];
  }) =>
    `${p.staker} undelegates from ${p.operator}${p.withdrawal ? `: everything (${p.payouts.map((x) => `${formatEth(x.amount)} ${x.asset}`).join(' and ')}) enters the withdrawal queue as ${p.withdrawal} for ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days, and stays slashable by ${possessive(p.operator)} AVSs meanwhile` : ''}.`,
  'restaking.withdrawal.queued': (p: {
    staker: string;
    id: string;
    payouts: readonly { amount: bigint; asset: string }[];
    completableEpoch: number;
    operator: string | null;
  }) =>
    `${p.staker} queues withdrawal ${p.id} of ${p.payouts.map((x) => `${formatEth(x.amount)} ${x.asset}`).join(' and ')}: it can be completed at epoch ${p.completableEpoch} (${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days) and ${p.operator ? `stays slashable by ${possessive(p.operator)} AVSs until then` : 'is not slashable, having no operator'}.`,
  'restaking.refused.withdrawalNotReady': (p: {
    status: string;
    id: string;
    completableEpoch: number;
    epoch: number;
  }) =>
    p.status === 'queued'
      ? `withdrawal ${p.id} is still in its delay: it can be completed at epoch ${p.completableEpoch} (now ${p.epoch}); advance time first`
      : `withdrawal ${p.id} is already completed`,
  'restaking.refused.podShort': (p: { have: bigint; amount: bigint }) =>
    `the EigenPod holds only ${formatEth(p.have)} ETH of the ${formatEth(p.amount)} ETH to pay: exit the pod's validators and wait for their withdrawal first`,
  'restaking.withdrawal.completed': (p: {
    staker: string;
    id: string;
    payouts: readonly { amount: bigint; asset: string }[];
    slashable: boolean;
  }) =>
    `${p.staker} completes withdrawal ${p.id} and receives ${p.payouts.map((x) => `${formatEth(x.amount)} ${x.asset}`).join(' and ')}${p.slashable ? ' (what its scaled shares are worth after every slash during the delay)' : ''}.`,
  'restaking.refused.noWithdrawal': (p: { stakerId: string; withdrawalId: string }) =>
    `${p.stakerId} has no withdrawal "${p.withdrawalId}"`,
  'restaking.refused.noWithdrawalReady': (p: { stakerId: string }) =>
    `${p.stakerId} has no withdrawal ready to complete (queued withdrawals wait ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days)`,
  'restaking.register': (p: { operator: string; set: number; avs: string; securityModel: string }) =>
    `Operator ${p.operator} registers for ${p.set === 0 ? 'the ' : ''}${operatorSet(p.set)} of AVS ${p.avs}${p.securityModel === 'pooled' ? ': under pooled security the AVS can now slash its whole delegated stake' : p.securityModel === 'unique' ? ': only what it allocates to the set will be slashable' : ''}.`,
  'restaking.deregister': (p: { operator: string; set: number; avs: string; slashableUntil: null | number }) =>
    `Operator ${p.operator} deregisters from ${p.set === 0 ? 'the ' : ''}${operatorSet(p.set)} of AVS ${p.avs}; it stays slashable there until epoch ${p.slashableUntil}.`,
  'restaking.allocate': (p: {
    immediate: boolean;
    operator: string;
    target: bigint;
    strategy: string;
    avs: string;
    set: number;
    pendingDiff: bigint;
    effectEpoch: null | number;
    magnitude: bigint;
  }) =>
    p.immediate
      ? `Operator ${p.operator} now allocates ${formatWadPercent(p.target)} of its ${p.strategy} stake to ${setOf(p.avs, p.set)}, effective at once.`
      : p.pendingDiff > 0n
        ? `Operator ${p.operator} will allocate ${formatWadPercent(p.target)} of its ${p.strategy} stake to ${setOf(p.avs, p.set)} from epoch ${p.effectEpoch} (its allocation delay); the magnitude is reserved now.`
        : `Operator ${p.operator} lowers its allocation to ${setOf(p.avs, p.set)} to ${formatWadPercent(p.target)} at epoch ${p.effectEpoch} (DEALLOCATION_DELAY); until then the old ${formatWadPercent(p.magnitude)} stays slashable.`,
  'restaking.lrt.deposit': (p: {
    holder: string;
    amount: bigint;
    asset: string;
    lrt: string;
    minted: bigint;
    lrtAsset: string;
    rate: { num: bigint; den: bigint };
    operator: string | null;
  }) =>
    `${p.holder} deposits ${formatEth(p.amount)} ${p.asset} into ${p.lrt} and receives ${formatEth(p.minted)} ${p.lrtAsset} (rate ${ethPerToken(p.rate)} ETH each); ${p.lrt} restakes it through operator ${p.operator ?? '(none)'}.`,
  'restaking.lrt.redeem': (p: {
    holder: string;
    amount: bigint;
    lrtAsset: string;
    lrt: string;
    withdrawalCount: number;
    withdrawals: readonly string[];
  }) =>
    `${p.holder} redeems ${formatEth(p.amount)} ${p.lrtAsset}: ${p.lrt} queues ${p.withdrawalCount} withdrawal${p.withdrawalCount === 1 ? '' : 's'} (${p.withdrawals.join(', ') || 'none'}) paid to them after the ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY}-day delay, still slashable meanwhile.`,
  'restaking.refused.vaultDepositOverdraft': (p: { holder: string; have: bigint; asset: string }) =>
    `${p.holder} holds only ${formatEth(p.have)} ${p.asset}`,
  'restaking.vault.deposit': (p: {
    holder: string;
    amount: bigint;
    asset: string;
    vault: string;
    activeStake: bigint;
  }) =>
    `${p.holder} deposits ${formatEth(p.amount)} ${p.asset} into vault ${p.vault} (active stake now ${formatEth(p.activeStake)} ${p.asset}); the same collateral backs every network up to its limit.`,
  'restaking.vault.withdraw': (p: {
    holder: string;
    amount: bigint;
    asset: string;
    vault: string;
    pendingUntil: null | number;
  }) =>
    `${p.holder} asks to withdraw ${formatEth(p.amount)} ${p.asset} from vault ${p.vault}: it leaves the active stake now, is paid at epoch ${p.pendingUntil}, and stays slashable until then.`,
  'restaking.refused.noOperator': (p: { id: string }) =>
    `there is no operator "${p.id}"; operators are declared in the scenario's restaking.operators`,
  'restaking.refused.noStrategy': (p: { id: string; known: string }) =>
    `there is no strategy "${p.id}" (known strategies: ${p.known})`,
  'restaking.refused.noStaker': (p: { id: string }) =>
    `"${p.id}" has never deposited into EigenLayer; deposit first (RestakeDeposit)`,
  'restaking.refused.noAvs': (p: { id: string }) =>
    `there is no AVS "${p.id}"; AVSs are declared in the scenario's restaking.avss`,
  'restaking.refused.noOperatorSet': (p: { name: string; set: number; join: string }) =>
    `AVS ${p.name} has no operator set ${p.set} (its sets: ${p.join})`,
  'restaking.refused.noVault': (p: { id: string }) =>
    `there is no vault "${p.id}"; vaults are declared in the scenario's restaking.vaults`,
  'restaking.refused.noLrt': (p: { id: string }) => `there is no liquid restaking token "${p.id}"`,
  'restaking.refused.lrtStrategy': (p: { lrt: string; asset: string }) =>
    `${p.lrt} restakes ${p.asset} through a token strategy only`,
  'restaking.refused.lrtDepositZero': () => 'a deposit must be of more than zero',
  'restaking.refused.lrtDepositOverdraft': (p: { asset: string; have: bigint; amount: bigint }) =>
    `not enough ${p.asset}: ${p.have} held, ${p.amount} needed`,
  'restaking.refused.lrtRedeemOverdraft': (p: { have: bigint; lrtAsset: string }) =>
    `can redeem at most ${p.have} of ${p.lrtAsset}`,
  'restaking.lrt.rate': (p: {
    lrt: string;
    fell: boolean;
    before: { num: bigint; den: bigint };
    after: { num: bigint; den: bigint };
    lrtAsset: string;
  }) =>
    `${possessive(p.lrt)} rate ${p.fell ? 'falls' : 'rises'} from ${ethPerToken(p.before)} to ${ethPerToken(p.after)} ETH per token: every holder of ${p.lrtAsset} ${p.fell ? 'shares the loss' : 'gains'} pro rata.`,
  'restaking.refused.slashFraction': () => 'a slash must be of more than 0% and at most 100%',
  'restaking.slash.none': (p: { avs: string; operator: string; reason: string | null; set: number }) =>
    `AVS ${p.avs} cannot slash operator ${p.operator}${p.reason ? ` for ${reasonWords(p.reason)}` : ''}: ${p.operator} is not registered for its ${operatorSet(p.set)}, so none of its stake is at risk there.`,
  /** An EigenLayer slash: how much, where it goes, who bears it, and what the operator's other AVSs now see. */
  'restaking.slash': (p: {
    avs: string;
    operator: string;
    wad: bigint;
    pooled: boolean;
    set: number;
    reason: string | null;
    ethSlashed: bigint;
    redistributedTo: string | null;
    lockedInPods: boolean;
    stakerCount: number;
    /** The stakers by name, so a few are named ("Op1's staker Alice") rather than counted ("Op1's 1 staker"). */
    stakerNames?: readonly string[];
    stakerLoss: bigint;
    assets: readonly string[];
    others: readonly { avs: string; before: bigint; after: bigint }[];
  }) => {
    const whose = p.pooled ? 'of its whole delegated stake' : `of its stake allocated to ${setOf(p.avs, p.set)}`;
    const named = p.stakerNames && p.stakerNames.length === p.stakerCount && p.stakerCount <= 3;
    const who = named
      ? `${possessive(p.operator)} staker${p.stakerCount === 1 ? '' : 's'} ${andList(p.stakerNames ?? [])}`
      : `${possessive(p.operator)} ${p.stakerCount} staker${p.stakerCount === 1 ? '' : 's'}`;
    const fate = p.redistributedTo
      ? `sent to ${p.redistributedTo} (redistribution, ELIP-006)`
      : p.lockedInPods
        ? "locked in the stakers' EigenPods for good (slashed native ETH is never paid out)"
        : 'burned';
    const stakers = p.stakerCount
      ? `${who} ${p.stakerCount === 1 ? 'loses' : 'each lose'} ${formatWadPercent(p.stakerLoss)} of their restaked ${p.assets.map(assetName).join(' and ')}`
      : `${p.operator} has no stakers left to absorb it`;
    let others = 'no other AVS relies on this stake';
    if (p.others.length) {
      const changed = p.others.filter((o) => o.after !== o.before);
      const unchanged = p.others.filter((o) => o.after === o.before).map((o) => o.avs);
      const parts: string[] = [];
      if (changed.length)
        parts.push(
          changed
            .map((o) => `AVS ${o.avs} now sees ${formatEth(o.after)} ETH instead of ${formatEth(o.before)} ETH`)
            .join('; '),
        );
      if (unchanged.length) {
        parts.push(
          `${unchanged.length === 1 ? `AVS ${possessive(unchanged[0])}` : `the slashable stake of AVSs ${unchanged.join(', ')}`} ${unchanged.length === 1 ? 'slashable stake is' : 'is'} unchanged`,
        );
      }
      others = `${parts.join('; ')} (${p.pooled ? 'pooled security: every AVS of this operator shares the same stake' : 'unique stake'})`;
    }
    return `AVS ${p.avs} slashes operator ${p.operator} ${formatWadPercent(p.wad)} ${whose}${p.reason ? ` for ${reasonWords(p.reason)}` : ''}: ${formatEth(p.ethSlashed)} ETH of stake ${fate}; ${stakers}; ${others}.`;
  },
  /** A shared-vault (Symbiotic-like) slash: what each vault loses and what the other networks on it now see. */
  'restaking.slash.network': (p: {
    avs: string;
    operator: string;
    wad: bigint;
    reason: string | null;
    total: bigint;
    redistributedTo: string | null;
    vaults: readonly {
      vault: string;
      asset: string;
      fromActive: bigint;
      fromWithdrawals: bigint;
      activeStake: bigint;
    }[];
    others: readonly { avs: string; operator: string; before: bigint; after: bigint }[];
  }) => {
    const vaults = p.vaults
      .map(
        (v) =>
          `vault ${v.vault} loses ${formatEth(v.fromActive)} ${v.asset} of active stake${v.fromWithdrawals > 0n ? ` and ${formatEth(v.fromWithdrawals)} ${v.asset} of pending withdrawals` : ''} (active stake now ${formatEth(v.activeStake)} ${v.asset})`,
      )
      .join('; ');
    const changed = p.others
      .filter((o) => o.after !== o.before)
      .map((o) => `${o.avs}/${o.operator} ${formatEth(o.before)} -> ${formatEth(o.after)}`);
    const unchanged = p.others.filter((o) => o.after === o.before).map((o) => `${o.avs}/${o.operator}`);
    const others = changed.length
      ? `the shared collateral shrinks for other networks too: ${changed.join(', ')}${unchanged.length ? `; unchanged while their limit is still below what is left: ${unchanged.join(', ')}` : ''}`
      : unchanged.length
        ? `other networks' stake is unchanged for now (${unchanged.join(', ')}), because their limits are still below the active stake left; a further slash would reach them`
        : 'no other network relies on this collateral';
    return `Network ${p.avs} slashes operator ${p.operator} ${formatWadPercent(p.wad)} of its stake${p.reason ? ` for ${reasonWords(p.reason)}` : ''}: ${formatEth(p.total)} ${p.vaults[0]?.asset ?? 'ETH'} taken (${p.redistributedTo ? `sent to ${p.redistributedTo}` : 'burned'}); ${vaults || 'no vault backs this operator there'}; ${others}.`;
  },
  'restaking.refused.alreadyRegistered': (p: { operator: string; key: string }) =>
    `${p.operator} is already registered for operator set ${p.key}`,
  'restaking.refused.notRegistered': (p: { operator: string; key: string }) =>
    `${p.operator} is not registered for operator set ${p.key}`,
  'restaking.refused.strategyNotAccepted': (p: { setKey: string; strategy: string; join: string }) =>
    `operator set ${p.setKey} does not accept strategy ${p.strategy} (it accepts ${p.join})`,
  'restaking.refused.allocationDoesNotFit': (p: {
    operator: string;
    magnitude: bigint;
    setKey: string;
    strategy: string;
    refusal: string;
    overAllocated: boolean;
    free: bigint;
  }) =>
    `${p.operator} cannot allocate ${formatWadPercent(p.magnitude)} to ${p.setKey} in ${p.strategy}: ${p.refusal}${p.overAllocated ? ` (${formatWadPercent(p.free)} is still free)` : ''}`,
  'restaking.refused.allocationUnchanged': (p: { operator: string; setKey: string }) =>
    `${p.operator} already allocates exactly that magnitude to ${p.setKey}`,
  'restaking.genesis.avs': (p: { name: undefined | string; id: string; budget: bigint }) =>
    `AVS ${p.name ?? p.id} starts with a reward budget of ${formatEth(p.budget)} ETH.`,
  'restaking.pod.verify': (p: { name: string; id: string; restaked: bigint }) =>
    `${p.name} points validator ${possessive(p.id)} withdrawal credentials at an EigenPod: its ${formatEth(p.restaked)} ETH is restaked in the native strategy.`,
  'restaking.genesis.allocation': (p: {
    operator: string;
    magnitude: bigint;
    strategy: string;
    avs: string;
    set: number;
    pendingDiff: bigint;
    effectEpoch: null | number;
  }) =>
    `Operator ${p.operator} allocates ${formatWadPercent(p.magnitude)} of its ${p.strategy} stake to ${setOf(p.avs, p.set)}${p.pendingDiff ? ` from epoch ${p.effectEpoch}` : ''}.`,
  'restaking.refused.alreadyDelegated': (p: { staker: string; operator: string }) =>
    `${p.staker} is already delegated to ${p.operator}; a staker delegates all shares to one operator, so undelegate first`,
  'restaking.refused.withdrawZero': () => 'a withdrawal must be of more than zero shares',
  'restaking.refused.withdrawOverdraft': (p: {
    staker: string;
    have: bigint;
    strategy: string;
    depositShares: bigint;
  }) => `${p.staker} has only ${p.have} deposit shares in ${p.strategy}, cannot withdraw ${p.depositShares}`,
  'restaking.refused.notDelegated': (p: { staker: string }) => `${p.staker} is not delegated to any operator`,
};
