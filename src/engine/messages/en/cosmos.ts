/** cosmos messages: the sentences of the cosmos model (see ../en.ts). */
import { formatPercent } from '../../staking/cosmos/dec';
import { possessive } from './possessive';
import { formatAmount } from '../../staking/cosmos/format';
import { EPOCHS_PER_DAY } from '../../time';

/** "day 21, epoch 4725": when an unbonding or redelegation completes. */
const dayOf = (epoch: number): string => `day ${Math.floor(epoch / EPOCHS_PER_DAY)}, epoch ${epoch}`;
/** "epoch 4725 (day 21)": when an infraction or an entry happened. */
const when = (epoch: number): string => `epoch ${epoch} (day ${Math.floor(epoch / EPOCHS_PER_DAY)})`;
/** Shares are counted in the same 1e-9 units as tokens: shown like an amount without a symbol, with thousands separators. */
function formatShares(units: bigint): string {
  const whole = units / 1_000_000_000n;
  const frac = (units % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

export const cosmos = {
  'cosmos.refused.noValidator': (p: { id: string; known: string }) =>
    `there is no Cosmos validator "${p.id}" (validators: ${p.known})`,
  'cosmos.refused.noHolder': (p: { id: string }) =>
    `there is no holder "${p.id}"; add them to the scenario's holders first`,
  'cosmos.refused.lastChangedCommission': (p: { validator: string; updateEpoch: number; next: number }) =>
    `${p.validator} last changed its commission at epoch ${p.updateEpoch}; a validator may change it only once per 24 hours, so try again from epoch ${p.next}`,
  'cosmos.refused.aboveMaximumCommission': (p: { rate: bigint; validator: string; maxRate: bigint }) =>
    `${formatPercent(p.rate)}% is above ${possessive(p.validator)} maximum commission of ${formatPercent(p.maxRate)}%, which was fixed when it was created and can never change; choose at most ${formatPercent(p.maxRate)}%`,
  'cosmos.refused.mayMoveCommission': (p: {
    validator: string;
    maxChangeRate: bigint;
    rate: bigint;
    low: bigint;
    up: bigint;
    maxRate: bigint;
  }) =>
    `${p.validator} may move its commission by at most ${formatPercent(p.maxChangeRate)} percentage points a day: from ${formatPercent(p.rate)}% choose between ${formatPercent(p.low)}% and ${formatPercent(p.up < p.maxRate ? p.up : p.maxRate)}%`,
  'cosmos.commission': (p: { validator: string; old: bigint; rate: bigint }) =>
    `${p.validator} changes its commission from ${formatPercent(p.old)}% to ${formatPercent(p.rate)}%: from the next daily distribution its operator keeps ${formatPercent(p.rate)}% of the validator's rewards before the rest goes to delegators.`,
  'cosmos.rewards.autoWithdraw': (p: { holder: string; token: string; amount: bigint; validator: string }) =>
    `As always when a delegation changes, ${possessive(p.holder)} ${formatAmount(p.amount, p.token)} of accrued rewards from ${p.validator} are paid to their wallet.`,
  'cosmos.refused.delegateOverdraft': (p: { delegator: string; token: string; have: bigint; amount: bigint }) =>
    `${p.delegator} has only ${formatAmount(p.have, p.token)} and cannot delegate ${formatAmount(p.amount, p.token)}; delegate at most ${formatAmount(p.have, p.token)}`,
  'cosmos.refused.delegateToEmpty': (p: { validator: string }) =>
    `${p.validator} has no tokens left behind its shares (it was slashed to zero), so a delegation would be worthless; delegate to another validator`,
  'cosmos.delegate': (p: {
    delegator: string;
    token: string;
    amount: bigint;
    validator: string;
    shares: bigint;
    validatorStatus: string;
  }) =>
    `${p.delegator} delegates ${formatAmount(p.amount, p.token)} to ${p.validator} and receives ${formatShares(p.shares)} shares of its stake${p.validatorStatus === 'bonded' ? '' : ` (note: ${p.validator} is ${p.validatorStatus} and earns nothing until it is bonded again)`}.`,
  'cosmos.refused.delegation': (p: { delegator: string; validator: string }) =>
    `${p.delegator} has no delegation to ${p.validator}`,
  'cosmos.refused.delegationWorthUnbond': (p: { delegator: string; validator: string; token: string; worth: bigint }) =>
    `${possessive(p.delegator)} delegation to ${p.validator} is worth only ${formatAmount(p.worth, p.token)}; unbond at most that`,
  'cosmos.refused.tooSmallUnbond': (p: { token: string; amount: bigint; validator: string }) =>
    `${formatAmount(p.amount, p.token)} is too small to unbond from ${p.validator}: it is worth less than the smallest unit`,
  'cosmos.refused.alreadyUnbondingEntries': (p: {
    delegator: string;
    openCount: number;
    validator: string;
    maxEntries: number;
    untilEpoch: number;
  }) =>
    `${p.delegator} already has ${p.openCount} unbonding entries from ${p.validator}, the most the chain allows (MaxEntries ${p.maxEntries}); wait until the earliest completes at ${dayOf(p.untilEpoch)}`,
  'cosmos.undelegate': (p: {
    delegator: string;
    token: string;
    tokens: bigint;
    validator: string;
    unbondingDays: number;
    untilEpoch: number;
  }) =>
    `${p.delegator} undelegates ${formatAmount(p.tokens, p.token)} from ${p.validator}: the tokens stop earning and wait ${p.unbondingDays} days in an unbonding entry (until ${dayOf(p.untilEpoch)}), still slashable for anything ${p.validator} did before now.`,
  'cosmos.refused.redelegateItselfPick': (p: { delegator: string; source: string }) =>
    `${p.delegator} cannot redelegate from ${p.source} to itself; pick another validator`,
  'cosmos.refused.stakeArrivedRedelegation': (p: {
    delegator: string;
    source: string;
    unbondingDays: number;
    untilEpoch: number;
  }) =>
    `${possessive(p.delegator)} stake at ${p.source} arrived by a redelegation that is still within its ${p.unbondingDays}-day period (until ${dayOf(p.untilEpoch)}), and the chain forbids redelegating it again until then; wait, or undelegate instead`,
  'cosmos.refused.alreadyRedelegationsProgress': (p: {
    delegator: string;
    openCount: number;
    source: string;
    destination: string;
    maxEntries: number;
    untilEpoch: number;
  }) =>
    `${p.delegator} already has ${p.openCount} redelegations from ${p.source} to ${p.destination} in progress, the most the chain allows (MaxEntries ${p.maxEntries}); wait until the earliest matures at ${dayOf(p.untilEpoch)}`,
  'cosmos.refused.redelegateToEmpty': (p: { destination: string }) =>
    `${p.destination} has no tokens left behind its shares (it was slashed to zero); redelegate to another validator`,
  'cosmos.redelegate': (p: {
    delegator: string;
    token: string;
    tokens: bigint;
    source: string;
    destination: string;
    unbondingDays: number;
    untilEpoch: number;
  }) =>
    `${p.delegator} moves ${formatAmount(p.tokens, p.token)} from ${p.source} to ${p.destination} at once, but for ${p.unbondingDays} days (until ${dayOf(p.untilEpoch)}) the stake can still be slashed for anything ${p.source} did before now.`,
  'cosmos.unbonding.complete': (p: {
    holder: string;
    validator: string;
    unbondingDays: number;
    token: string;
    balance: bigint;
    slashed: bigint;
    initialBalance: bigint;
  }) =>
    `${possessive(p.holder)} unbonding from ${p.validator} completes after ${p.unbondingDays} days: ${formatAmount(p.balance, p.token)} returns to their wallet${p.slashed > 0n ? ` (${formatAmount(p.initialBalance, p.token)} minus ${formatAmount(p.slashed, p.token)} slashed while it waited)` : ''}.`,
  'cosmos.redelegation.mature': (p: {
    holder: string;
    token: string;
    initialBalance: bigint;
    from: string;
    to: string;
  }) =>
    `${possessive(p.holder)} redelegation of ${formatAmount(p.initialBalance, p.token)} from ${p.from} to ${p.to} matures: it no longer answers for ${possessive(p.from)} past and may be redelegated again.`,
  'cosmos.refused.evidenceTombstoned': (p: { validator: string }) =>
    `${p.validator} is tombstoned for double signing: it was already slashed for it, is jailed forever, and the chain ignores any further evidence against it`,
  'cosmos.refused.evidenceAboutFuture': (p: { infraction: number; epoch: number }) =>
    `evidence cannot be about the future: the infraction epoch ${p.infraction} is after now (epoch ${p.epoch})`,
  'cosmos.refused.evidenceEpochOlder': (p: { infraction: number; unbondingDays: number }) =>
    `evidence from epoch ${p.infraction} is older than the ${p.unbondingDays}-day unbonding period, so the chain no longer accepts it (the stake involved may have left); report infractions within ${p.unbondingDays} days`,
  'cosmos.evidence.doubleSign': (p: { validator: string; infraction: number }) =>
    `Evidence lands on chain that validator ${p.validator} signed two different blocks at the same height (epoch ${p.infraction}): a double sign.`,
  'cosmos.jail': (p: { validator: string }) =>
    `${p.validator} is jailed: it leaves the active set and it and its delegators earn no rewards.`,
  'cosmos.tombstone': (p: { validator: string; unbondingDays: number }) =>
    `${p.validator} is tombstoned: it can never unjail, so its delegators must undelegate or redelegate (${p.unbondingDays}-day unbonding) to earn again.`,
  'cosmos.refused.alreadyJailedOut': (p: { validator: string }) =>
    `${p.validator} is already jailed, so it is out of the active set and cannot miss blocks; unjail it first`,
  'cosmos.liveness.downtime': (p: { validator: string }) =>
    `Validator ${p.validator} missed too many blocks of its signing window (on the Hub, more than 9,500 of the last 10,000), so the chain punishes it for downtime.`,
  'cosmos.jail.downtime': (p: { validator: string; downtimeJailSeconds: number; jailedUntil: number }) =>
    `${p.validator} is jailed for ${p.downtimeJailSeconds / 60} minutes (until epoch ${p.jailedUntil}): it earns nothing until its operator sends an unjail transaction after that.`,
  'cosmos.refused.unjailTombstoned': (p: { validator: string }) =>
    `${p.validator} was tombstoned for double signing and can never unjail; its delegators can only undelegate or redelegate`,
  'cosmos.refused.jailedNothingUnjail': (p: { validator: string }) =>
    `${p.validator} is not jailed, so there is nothing to unjail`,
  'cosmos.refused.jailedUntilEpoch': (p: { validator: string; jailedUntil: number; wait: number; minutes: number }) =>
    `${p.validator} is jailed until epoch ${p.jailedUntil} (${p.wait} epoch${p.wait === 1 ? '' : 's'}, about ${p.minutes} minutes, from now); send the unjail then`,
  'cosmos.refused.operatorSelfDelegation': (p: { validator: string }) =>
    `${possessive(p.validator)} operator has no self-delegation left, and the chain requires one to unjail; the operator must delegate to it first`,
  'cosmos.unjail': (p: { validator: string; nextDay: number }) =>
    `${p.validator} has served its jail time and is unjailed: it is bonded again and earns rewards from the next day's distribution (day ${p.nextDay}).`,
  'cosmos.rewards.day': (p: {
    day: number;
    token: string;
    provisions: bigint;
    inflation: bigint;
    supply: bigint;
    communityTax: bigint;
    eligibleCount: number;
  }) =>
    `Day ${p.day} on the Cosmos chain: it mints ${formatAmount(p.provisions, p.token)} of new stake (${formatPercent(p.inflation)}% a year on the ${formatAmount(p.supply, p.token)} supply, one 365th); ${formatPercent(p.communityTax)}% goes to the community pool and the rest to the ${p.eligibleCount} bonded validator${p.eligibleCount === 1 ? '' : 's'} by stake.`,
  'cosmos.rewards.validator': (p: {
    validator: string;
    token: string;
    reward: bigint;
    commission: bigint;
    rate: bigint;
    operator: string;
    paid: bigint;
    delegatorCount: number;
  }) =>
    `${p.validator} earns ${formatAmount(p.reward, p.token)} today: ${formatAmount(p.commission, p.token)} commission (${formatPercent(p.rate)}%) for its operator ${p.operator}, and ${formatAmount(p.paid, p.token)} shared by its ${p.delegatorCount} delegator${p.delegatorCount === 1 ? '' : 's'} in proportion to their shares.`,
  'cosmos.rewards.communityPool': (p: { token: string; toPool: bigint }) =>
    `${formatAmount(p.toPool, p.token)} goes to the community pool: the community tax plus every rounding remainder of the split.`,
  'cosmos.genesis.validator': (p: {
    validator: string;
    operator: string;
    token: string;
    selfBond: bigint;
    rate: bigint;
    maxRate: bigint;
    maxChangeRate: bigint;
  }) =>
    `Validator ${p.validator}, run by ${p.operator}, starts bonded with a self-bond of ${formatAmount(p.selfBond, p.token)} and a ${formatPercent(p.rate)}% commission (at most ${formatPercent(p.maxRate)}%, changing by at most ${formatPercent(p.maxChangeRate)} percentage points a day).`,
  'cosmos.genesis.delegation': (p: { holder: string; token: string; amount: bigint; validator: string }) =>
    `${p.holder} delegates ${formatAmount(p.amount, p.token)} to ${p.validator} at genesis.`,
  'cosmos.slash.untouched': (p: { who: string; token: string; initialBalance: bigint; atEpoch: number }) =>
    `${possessive(p.who)} unbonding entry of ${formatAmount(p.initialBalance, p.token)} began before the infraction (${when(p.atEpoch)}), so that stake did not take part in it and is untouched.`,
  'cosmos.slash.unbonding': (p: { who: string; token: string; initialBalance: bigint; cut: bigint; balance: bigint }) =>
    `${possessive(p.who)} unbonding entry of ${formatAmount(p.initialBalance, p.token)}, started after the infraction, still answers for it: ${formatAmount(p.cut, p.token)} is burned and ${formatAmount(p.balance, p.token)} remains.`,
  'cosmos.slash.untouched.redelegation': (p: {
    who: string;
    token: string;
    initialBalance: bigint;
    destination: string;
    atEpoch: number;
  }) =>
    `${possessive(p.who)} redelegation of ${formatAmount(p.initialBalance, p.token)} to ${p.destination} began before the infraction (${when(p.atEpoch)}), so it is untouched.`,
  'cosmos.slash.unbonding.moved': (p: {
    who: string;
    validator: string;
    destination: string;
    token: string;
    cut: bigint;
    balance: bigint;
  }) =>
    `${p.who} moved stake from ${p.validator} to ${p.destination} after the infraction and is now unbonding from ${p.destination}, so that unbonding entry pays first: ${formatAmount(p.cut, p.token)} is burned and ${formatAmount(p.balance, p.token)} remains.`,
  'cosmos.slash.redelegation': (p: {
    who: string;
    token: string;
    initialBalance: bigint;
    validator: string;
    destination: string;
    tokens: bigint;
  }) =>
    `${p.who} moved ${formatAmount(p.initialBalance, p.token)} from ${p.validator} to ${p.destination} after the infraction, so the slash follows it: ${formatAmount(p.tokens, p.token)} of ${possessive(p.who)} delegation to ${p.destination} is unbonded and burned.`,
  'cosmos.slash': (p: {
    validator: string;
    fraction: bigint;
    kind: 'double signing' | 'downtime';
    token: string;
    slashAmount: bigint;
    power: bigint;
    atEpoch: number;
    burnedFromValidator: bigint;
    burnedFromEntries: bigint;
  }) =>
    `Validator ${p.validator} is slashed ${formatPercent(p.fraction)}% for ${p.kind}: ${formatAmount(p.slashAmount, p.token)} of the ${formatAmount(p.power, p.token)} it had at ${when(p.atEpoch)}, of which ${formatAmount(p.burnedFromValidator, p.token)} is burned from its bonded stake${p.burnedFromEntries > 0n ? ` and ${formatAmount(p.burnedFromEntries, p.token)} from stake that left after the infraction` : ''}.`,
  'cosmos.slash.validator': (p: {
    token: string;
    burnedFromValidator: bigint;
    validator: string;
    tokensBefore: bigint;
    tokensAfter: bigint;
  }) =>
    `${formatAmount(p.burnedFromValidator, p.token)} is burned from ${possessive(p.validator)} bonded stake, which falls from ${formatAmount(p.tokensBefore, p.token)} to ${formatAmount(p.tokensAfter, p.token)}; its shares do not change, so each is worth less.`,
  'cosmos.slash.delegation': (p: {
    delegator: string;
    token: string;
    before: bigint;
    validator: string;
    now: bigint;
  }) =>
    `${possessive(p.delegator)} ${formatAmount(p.before, p.token)} delegation to ${p.validator} is now worth ${formatAmount(p.now, p.token)}.`,
  'cosmos.rewards.withdraw': (p: {
    total: bigint;
    holder: string;
    from: string | null;
    token: string;
    commission: bigint;
  }) =>
    p.total === 0n
      ? `${p.holder} has no accrued rewards${p.from === null ? '' : ` from ${p.from}`} to withdraw yet (rewards accrue once a day).`
      : `${p.holder} withdraws ${formatAmount(p.total, p.token)} of accrued rewards${p.from === null ? '' : ` from ${p.from}`}${p.commission > 0n ? `, including ${formatAmount(p.commission, p.token)} of validator commission` : ''}, into their wallet.`,
};
