/** faults messages: the sentences of the faults model (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { assetName, formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
import { reasonWords } from './reasons';
import { formatRatio } from '../../markets/format';
import { EPOCHS_PER_DAY } from '../../time';
import { WAD } from '../../restaking/wad';

/** Up to four names, else three and "and N more". */
const list = (xs: readonly string[]): string =>
  xs.length <= 4 ? xs.join(', ') : `${xs.slice(0, 3).join(', ')} and ${xs.length - 3} more`;

/** "Double-sign" -> "double-sign", but "AVS-specific" keeps its capitals. */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

export const faults = {
  // The fault catalogue (faults/catalogue.ts): each fault's name and one sentence on what it does and where the loss goes.
  'faults.doubleSign.title': () => 'Double-sign',
  'faults.doubleSign.description': () =>
    'A validator signs two conflicting blocks or votes: the chain burns 1/4096 of its stake at once, a correlation penalty ~18 days later that grows with everything slashed around it, and forces it out.',
  'faults.downtime.title': () => 'Downtime',
  'faults.downtime.description': () =>
    'Validators stop attesting for a while: they lose what they would have earned and a little more each epoch, and AVSs that slash for downtime take their share.',
  'faults.avsMisbehaviour.title': () => 'AVS-specific misbehaviour',
  'faults.avsMisbehaviour.description': () =>
    'An operator breaks one AVS’s own rules; that AVS slashes the operator per its slashing condition, and the loss flows to the operator’s stakers and whatever is built on them.',
  'faults.keyCompromise.title': () => 'Operator key compromise',
  'faults.keyCompromise.description': () =>
    'An attacker gets the operator’s keys: its validators double-sign and every AVS it serves slashes every operator set it is in.',
  'faults.buggySlasher.title': () => 'Buggy slasher (false slash)',
  'faults.buggySlasher.description': () =>
    'An AVS’s slashing contract has a bug and slashes an honest operator; the stakers lose just the same.',
  'faults.correlatedBug.title': () => 'Correlated client bug',
  'faults.correlatedBug.description': () =>
    'One client bug makes many validators or operators misbehave at once; because the correlation penalty grows with the total slashed, each of them loses more than if it had failed alone.',
  'faults.marketShock.title': () => 'Market shock',
  'faults.marketShock.description': () =>
    'A large holder dumps a liquid token into its pool: the price falls below the redemption value, and loans that use the pool price as their oracle can be liquidated, which sells more.',

  /** The first step of a cascade: the fault (its title and description are the messages above), and whom it hits. */
  'faults.fault': (p: { title: string; target: string; description: string }) =>
    `Fault: ${lowerFirst(p.title)} (${p.target}). ${p.description}`,
  'faults.target.doubleSign': (p: { validators: readonly string[] }) =>
    `validator${p.validators.length > 1 ? 's' : ''} ${list(p.validators)}`,
  'faults.target.downtime': (p: { validators: readonly string[]; epochs: number; operator: string | null }) =>
    `${p.validators.length ? `validators ${list(p.validators)} offline for ${p.epochs} epochs` : ''}${p.operator ? `${p.validators.length ? '; ' : ''}operator ${p.operator}` : ''}`,
  'faults.target.avsMisbehaviour': (p: { operator: string; avs: string }) => `operator ${p.operator} on ${p.avs}`,
  'faults.target.buggySlasher': (p: { avs: string; operator: string; fraction: { num: bigint; den: bigint } }) =>
    `${p.avs} wrongly slashes ${p.operator} by ${formatRatio({ num: p.fraction.num * 100n, den: p.fraction.den }, 2)}%`,
  'faults.target.keyCompromise': (p: { operator: string }) => `operator ${p.operator}`,
  'faults.target.correlatedBug': (p: { ids: readonly string[] }) => list(p.ids),
  'faults.target.marketShock': (p: { holder: string; amount: bigint; asset: string; pool: string }) =>
    `${p.holder} sells ${formatEth(p.amount)} ${p.asset} into the ${p.pool} pool`,
  'faults.refused.downtimeNobody': () => 'name the validators that go offline, or an operator',
  'faults.chain.offline': (p: { validatorCount: number; epochs: number }) =>
    `${p.validatorCount} validator${p.validatorCount > 1 ? 's go' : ' goes'} offline for ${p.epochs} epochs (${(p.epochs / EPOCHS_PER_DAY).toFixed(2)} days): each epoch missed costs about what it would have earned.`,
  'faults.refused.notInSet': (p: { operator: string; set: undefined | number; avs: string }) =>
    `operator ${p.operator} is not in ${p.set === undefined ? 'any operator set' : `operator set ${p.set}`} of ${p.avs}, so ${p.avs} cannot slash it`,
  'faults.refused.buggyNotInSet': (p: { operator: string; avs: string }) =>
    `operator ${p.operator} is not in an operator set of ${p.avs}, so even a buggy slasher there cannot reach it`,
  'faults.refused.buggyZero': () => 'a false slash of 0% changes nothing; give a fraction above 0',
  'faults.refused.nothingToCompromise': (p: { operator: string }) =>
    `${p.operator} runs no slashable validator and is in no operator set: nothing to compromise`,
  'faults.refused.noPool': (p: { pool: string }) => `there is no pool "${p.pool}"`,
  'faults.refused.noCondition': (p: { avs: string; fault: string; operator: string }) =>
    `${p.avs} has no slashing condition for ${p.fault}; it cannot slash ${p.operator} for it`,
  'faults.service.noCondition': (p: { avs: string; operator: string }) =>
    `${p.avs} has no slashing condition for this fault, so it does not slash ${p.operator}.`,
  'faults.service.slashDecision': (p: { avs: string; operator: string; set: number; wad: bigint; fault: string }) =>
    `${p.avs} slashes ${possessive(p.operator)} allocation ${p.set === 0 ? 'to it' : `in its operator set ${p.set}`} by ${formatRatio({ num: p.wad * 100n, den: WAD }, 4)}% (for ${reasonWords(p.fault)}).`,
  'faults.chain.online': (p: { validators: readonly string[] }) =>
    `${p.validators.length === 1 ? `Validator ${p.validators[0]} is` : `${p.validators.length} validators are`} back online and attesting again.`,
  'faults.rate': (p: { asset: string; rate: { num: bigint; den: bigint }; before: { num: bigint; den: bigint } }) =>
    p.rate.num * p.before.den < p.before.num * p.rate.den
      ? `${assetName(p.asset)} is now redeemable for ${formatRatio(p.rate)} ETH per unit, down from ${formatRatio(p.before)}: every holder of it shares the loss pro rata.`
      : `${assetName(p.asset)} is now redeemable for ${formatRatio(p.rate)} ETH per unit, up from ${formatRatio(p.before)} (rewards outweigh the losses so far).`,
  'faults.poolPrice': (p: {
    pool: string;
    asset: string;
    price: { num: bigint; den: bigint };
    before: { num: bigint; den: bigint };
  }) =>
    `The ${p.pool} pool now prices ${assetName(p.asset)} at ${formatRatio(p.price)} ETH (was ${formatRatio(p.before)}), because the rate it counts the token at moved.`,
  /** An AVS whose cost of corruption moved: exact (cheapest coalition) or a bound (stake × threshold), against its profit. */
  'faults.security': (p: {
    avs: string;
    stake: bigint;
    costBefore: bigint;
    cost: bigint;
    profit: bigint;
    exact: boolean;
    wasSafe: boolean;
    nowSafe: boolean;
    nowPays: boolean;
  }) => {
    if (p.nowPays && p.wasSafe) {
      return `${p.avs} now sees ${formatEth(p.stake)} ETH of stake: corrupting it costs ${formatEth(p.cost)} ETH but would pay ${formatEth(p.profit)} ETH, so an attack has become profitable.`;
    }
    const how = p.exact
      ? 'the cheapest set of its stake holding its attack threshold'
      : 'the cheapest set of its stake found so far holding its attack threshold';
    const moves = `${possessive(p.avs)} cost of corruption moves from ${formatEth(p.costBefore)} to ${formatEth(p.cost)} ETH (${how}), against ${formatEth(p.profit)} ETH of profit from corruption`;
    return p.nowPays
      ? `${moves}: attacking it pays.`
      : p.nowSafe
        ? `${moves}: still safe.`
        : `${moves}: an attack may pay; the security panel checks exactly.`;
  },
  // A Cosmos-like chain's two punished faults (faults/catalogue.ts cosmosFaultsFor), with the chain's parameters.
  'faults.cosmosDoubleSign.title': () => 'Double-sign',
  'faults.cosmosDoubleSign.description': (p: { validator: string; percent: string }) =>
    `${p.validator} signs two blocks at the same height: the chain slashes ${p.percent}% of the stake it had then, including unbonding and redelegation entries started since, then jails and tombstones it for ever.`,
  'faults.cosmosDowntime.title': () => 'Downtime',
  'faults.cosmosDowntime.description': (p: { validator: string; percent: string; minutes: number }) =>
    `${p.validator} misses too many blocks of the signing window: the chain slashes ${p.percent}% of its stake and jails it for ${p.minutes} minutes; its delegators earn nothing until it unjails.`,
};
