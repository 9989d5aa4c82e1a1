/**
 * The scenario section that sets up the restaking slice: strategies, operators, AVSs (with their operator sets,
 * rewards, attack threshold, profit from corruption, slashing conditions, veto window and redistribution
 * recipient), native restaking pods, stakers' deposits and delegations, registrations and allocations (already
 * effective at genesis unless `effective: false`), shared-vault vaults and liquid restaking tokens.
 * Written by hand: every list is optional; operator sets default to one set 0 accepting every strategy.
 */
import { strategyName } from './lookup';
import * as v from 'valibot';
import type { Ctx } from '../module';
import { EngineError } from '../errors';
import { endow } from '../ledger/ledger';
import { parseEth } from '../ledger/amount';
import { Amount, AssetSymbol, Fraction, Id, notReserved, PositiveAmount } from '../scenario/primitives';
import { depositValidator } from '../staking/ethereum/api';
import { holderAccount } from '../world';
import { blocksToEpochs, daysToEpochs } from '../time';
import { AVS_KINDS, DEFAULT_OPERATOR_SPLIT_BIPS, avsAccount, type Avs } from '../services/avs';
import { fractionToWad } from './wad';
import { NATIVE_STRATEGY, lrtAccount, lrtAsset, operatorAccount, setKey } from './state';
import { getAllocation, registerForSet } from './allocations';
import { operatorStrategy, ensureStaker } from './stakers';
import { checkAllocationFits } from './magnitude';
import { verifyWithdrawalCredentials } from './pods';
import { doDelegate, doDeposit, doLrtDeposit, doVaultDeposit } from './actions';
import { REWARD_INTERVAL_EPOCHS } from './constants';
import { render, say } from '../messages/say';

const StrategyId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be a strategy id like "beaconETH" or "stETH:lido"'),
  notReserved,
);
const SetNumber = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
/** A positive decimal ratio (may exceed 1), e.g. "1.05" ETH per token. */
const Ratio = v.pipe(
  PositiveAmount,
  v.transform((x): [bigint, bigint] => [x, parseEth('1')]),
);

const StrategySchema = v.strictObject({
  id: StrategyId,
  /** The ledger asset deposited ('ETH' for the native strategy "beaconETH"). */
  asset: v.optional(AssetSymbol),
  /** ETH per token when no liquid model prices the asset (default 1). */
  ethPerToken: v.optional(Ratio),
});

const OperatorSchema = v.strictObject({
  id: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  /** ALLOCATION_DELAY in blocks (12 s each); 0 makes allocations effective at once. */
  allocationDelayBlocks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Holder who receives the operator's rewards (default: an operator account). */
  owner: v.optional(Id),
});

const OperatorSetSchema = v.strictObject({
  id: SetNumber,
  /** Strategies the set accepts (default: every strategy). */
  strategies: v.optional(v.array(StrategyId)),
  /** ELIP-006: a holder id that receives slashed funds instead of the burn (never with native ETH). */
  redistributionRecipient: v.optional(Id),
});

const AvsSchema = v.strictObject({
  id: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  kind: v.optional(v.picklist(AVS_KINDS, `must be one of ${AVS_KINDS.join(', ')}`), 'other'),
  sets: v.optional(v.array(OperatorSetSchema)),
  rewards: v.optional(
    v.strictObject({
      /** 'ETH' (paid from `budget`) or the AVS's own token symbol (minted). */
      asset: v.optional(AssetSymbol, 'ETH'),
      /** Yearly reward rate on the ETH value of the stake it secures, e.g. "0.02". */
      annualRate: Fraction,
      operatorSplitBips: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
        DEFAULT_OPERATOR_SPLIT_BIPS,
      ),
      /** For an own token: how many tokens are worth 1 ETH (default 1). */
      tokensPerEth: v.optional(Ratio),
      /** ETH budget for ETH rewards. */
      budget: v.optional(Amount),
    }),
  ),
  /** Fraction of its stake needed to corrupt it (default 1/2). */
  attackThreshold: v.optional(Fraction, '1/2'),
  /** Profit from corruption in ETH. */
  profitFromCorruption: v.optional(Amount, '0'),
  slashing: v.optional(
    v.array(v.strictObject({ fault: v.pipe(v.string(), v.minLength(1), v.maxLength(40)), wad: Fraction })),
    [],
  ),
  /** Veto window in days (fractions allowed, e.g. 3.5); omitted: slashes execute at once. */
  vetoWindowDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(365))),
});

const PodSchema = v.strictObject({
  owner: Id,
  /** New validators (created at genesis, active, credentials pointed at the pod) or ids of existing ones. */
  validators: v.array(v.union([Id, v.strictObject({ id: Id, amount: v.optional(PositiveAmount, '32') })])),
});

const VaultSchema = v.strictObject({
  id: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  asset: v.optional(AssetSymbol, 'ETH'),
  /** EPOCH_DURATION in days (Symbiotic README example: 7). */
  epochDays: v.optional(v.pipe(v.number(), v.minValue(0.01), v.maxValue(365)), 7),
  networkLimits: v.optional(v.record(Id, Amount), {}),
  /** operatorNetworkShares by network, then operator. */
  operatorShares: v.optional(v.record(Id, v.record(Id, Amount)), {}),
  deposits: v.optional(v.array(v.strictObject({ holder: Id, amount: PositiveAmount })), []),
});

const LrtSchema = v.strictObject({
  id: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  strategy: StrategyId,
  operators: v.pipe(v.array(Id), v.minLength(1, 'an LRT delegates through at least one operator')),
  deposits: v.optional(v.array(v.strictObject({ holder: Id, amount: PositiveAmount })), []),
});

export const restakingSectionSchema = v.strictObject({
  strategies: v.optional(v.array(StrategySchema), []),
  operators: v.optional(v.array(OperatorSchema), []),
  avss: v.optional(v.array(AvsSchema), []),
  pods: v.optional(v.array(PodSchema), []),
  deposits: v.optional(v.array(v.strictObject({ holder: Id, strategy: StrategyId, amount: PositiveAmount })), []),
  delegations: v.optional(v.array(v.strictObject({ staker: Id, operator: Id })), []),
  registrations: v.optional(v.array(v.strictObject({ operator: Id, avs: Id, set: v.optional(SetNumber, 0) })), []),
  allocations: v.optional(
    v.array(
      v.strictObject({
        operator: Id,
        avs: Id,
        set: v.optional(SetNumber, 0),
        strategy: StrategyId,
        /** Magnitude as a fraction of the initial total magnitude 1e18: "0.2" = 20%. */
        magnitude: Fraction,
        /** Already effective at genesis (default true); false queues it behind the allocation delay. */
        effective: v.optional(v.boolean(), true),
      }),
    ),
    [],
  ),
  vaults: v.optional(v.array(VaultSchema), []),
  lrts: v.optional(v.array(LrtSchema), []),
});
export type RestakingSection = v.InferOutput<typeof restakingSectionSchema>;

function fail(msg: string): never {
  throw new EngineError(`scenario restaking: ${msg}`);
}

export function initRestaking(ctx: Ctx, section: RestakingSection): void {
  const { world } = ctx;
  const rs = world.restaking;
  const needsNative = section.pods.length > 0;
  for (const s of section.strategies) {
    if (rs.strategies[s.id]) fail(`strategy "${s.id}" is defined twice`);
    const native = s.id === NATIVE_STRATEGY;
    if (native && s.asset && s.asset !== 'ETH')
      fail(`the native strategy "${NATIVE_STRATEGY}" holds ETH, not ${s.asset}`);
    rs.strategies[s.id] = {
      id: s.id,
      kind: native ? 'native' : 'token',
      asset: native ? 'ETH' : (s.asset ?? s.id),
      totalShares: 0n,
      ethPerToken: s.ethPerToken ?? [1n, 1n],
    };
  }
  if (needsNative && !rs.strategies[NATIVE_STRATEGY]) {
    rs.strategies[NATIVE_STRATEGY] = {
      id: NATIVE_STRATEGY,
      kind: 'native',
      asset: 'ETH',
      totalShares: 0n,
      ethPerToken: [1n, 1n],
    };
  }
  const allStrategies = Object.keys(rs.strategies);
  for (const o of section.operators) {
    if (rs.operators[o.id]) fail(`operator "${o.id}" is defined twice`);
    if (o.owner && !world.holders[o.owner]) fail(`operator "${o.id}": there is no holder "${o.owner}"`);
    rs.operators[o.id] = {
      id: o.id,
      name: o.name ?? o.id,
      account: o.owner ? holderAccount(o.owner) : operatorAccount(o.id),
      allocationDelay: blocksToEpochs(o.allocationDelayBlocks),
      strategies: {},
      sets: {},
    };
  }
  for (const a of section.avss) {
    if (rs.avss[a.id]) fail(`AVS "${a.id}" is defined twice`);
    const sets: Avs['sets'] = {};
    for (const s of a.sets ?? [{ id: 0 }]) {
      const strategies = s.strategies ?? allStrategies;
      for (const st of strategies)
        if (!rs.strategies[st]) fail(`AVS "${a.id}" set ${s.id}: there is no strategy "${st}"`);
      if (s.redistributionRecipient) {
        if (strategies.includes(NATIVE_STRATEGY)) {
          fail(
            `AVS "${a.id}" set ${s.id}: a redistributing set cannot accept native ETH (ELIP-006 forbids the beacon-chain strategy)`,
          );
        }
        if (!world.holders[s.redistributionRecipient])
          fail(`AVS "${a.id}" set ${s.id}: there is no holder "${s.redistributionRecipient}"`);
      }
      if (sets[String(s.id)]) fail(`AVS "${a.id}" has set ${s.id} twice`);
      sets[String(s.id)] = {
        id: s.id,
        strategies,
        redistributionRecipient: s.redistributionRecipient ? holderAccount(s.redistributionRecipient) : null,
      };
    }
    const r = a.rewards;
    rs.avss[a.id] = {
      id: a.id,
      name: a.name ?? a.id,
      kind: a.kind,
      account: avsAccount(a.id),
      sets,
      rewards: r
        ? {
            asset: r.asset,
            annualRate: r.annualRate,
            tokensPerEth: r.tokensPerEth ?? [1n, 1n],
            operatorSplitBips: r.operatorSplitBips,
            minted: r.asset !== 'ETH',
          }
        : null,
      attackThreshold: a.attackThreshold,
      profitFromCorruption: a.profitFromCorruption,
      slashing: a.slashing.map((c) => ({ fault: c.fault, wad: fractionToWad(c.wad) })),
      vetoWindow: a.vetoWindowDays === undefined ? null : daysToEpochs(a.vetoWindowDays),
    };
    if (r?.budget) {
      const m = endow(world.ledger, 'ETH', avsAccount(a.id), r.budget);
      ctx.trace.step({
        kind: 'genesis.avs',
        layer: 'service',
        entities: [a.id],
        amounts: { budget: r.budget },
        movements: [m],
        message: say('restaking.genesis.avs', { name: a.name, id: a.id, budget: r.budget }),
      });
    }
  }
  if (Object.values(rs.avss).some((a) => a.rewards)) rs.nextRewardEpoch = REWARD_INTERVAL_EPOCHS;
  for (const p of section.pods) {
    if (!world.holders[p.owner]) fail(`pod of "${p.owner}": there is no holder "${p.owner}"`);
    const name = world.holders[p.owner].name;
    for (const spec of p.validators) {
      let id: string;
      if (typeof spec === 'string') id = spec;
      else {
        id = spec.id;
        depositValidator(ctx, {
          id,
          fromAccount: holderAccount(p.owner),
          amount: spec.amount,
          withdrawalAccount: `eigen:pod:${p.owner}`,
          owner: p.owner,
          operator: p.owner,
          activeAtGenesis: true,
        });
      }
      const restaked = verifyWithdrawalCredentials(world, p.owner, name, holderAccount(p.owner), id);
      ctx.trace.step({
        kind: 'restaking.pod.verify',
        layer: 'restaking',
        entities: [p.owner, id],
        amounts: { restaked },
        message: say('restaking.pod.verify', { name, id, restaked }),
      });
    }
  }
  for (const d of section.deposits) doDeposit(ctx, d.holder, d.strategy, d.amount);
  for (const l of section.lrts) {
    if (rs.lrts[l.id]) fail(`LRT "${l.id}" is defined twice`);
    if (!rs.strategies[l.strategy]) fail(`LRT "${l.id}": there is no strategy "${l.strategy}"`);
    const positions: string[] = [];
    for (const op of l.operators) {
      if (!rs.operators[op]) fail(`LRT "${l.id}": there is no operator "${op}"`);
      const id = `lrt.${l.id}.${op}`;
      ensureStaker(world, id, `${l.name ?? l.id} (via ${rs.operators[op].name})`, lrtAccount(l.id), l.id);
      positions.push(id);
    }
    rs.lrts[l.id] = {
      id: l.id,
      name: l.name ?? l.id,
      asset: lrtAsset(l.id),
      strategy: l.strategy,
      operators: l.operators,
      positions,
    };
    positions.forEach((p, i) => doDelegate(ctx, p, l.operators[i]));
  }
  for (const d of section.delegations) doDelegate(ctx, d.staker, d.operator);
  for (const r of section.registrations) {
    if (!rs.operators[r.operator]?.sets[setKey(r.avs, r.set)]?.registered)
      registerForSet(world, r.operator, r.avs, r.set);
  }
  for (const a of section.allocations) {
    if (!rs.operators[a.operator]) fail(`allocation: there is no operator "${a.operator}"`);
    if (!rs.avss[a.avs]?.sets[String(a.set)]) fail(`allocation: AVS "${a.avs}" has no set ${a.set}`);
    if (!rs.avss[a.avs].sets[String(a.set)].strategies.includes(a.strategy))
      fail(`allocation: set ${setKey(a.avs, a.set)} does not accept ${a.strategy}`);
    if (!rs.operators[a.operator].sets[setKey(a.avs, a.set)]) registerForSet(world, a.operator, a.avs, a.set);
    const mag = fractionToWad(a.magnitude);
    const os = operatorStrategy(world, a.operator, a.strategy);
    const alloc = getAllocation(world, a.operator, a.avs, a.set, a.strategy);
    const refusal = checkAllocationFits(os.encumbered, alloc.magnitude, alloc.pendingDiff, mag, os.maxMagnitude);
    if (refusal) fail(`allocation of ${a.operator} to ${setKey(a.avs, a.set)}: ${render(refusal)}`);
    os.encumbered += mag - alloc.magnitude;
    if (a.effective || rs.operators[a.operator].allocationDelay === 0) {
      alloc.magnitude = mag;
      alloc.change = 'effective';
    } else {
      alloc.pendingDiff = mag - alloc.magnitude;
      alloc.effectEpoch = rs.operators[a.operator].allocationDelay;
      alloc.change = 'pending';
    }
  }
  for (const a of section.allocations) {
    const alloc = getAllocation(world, a.operator, a.avs, a.set, a.strategy);
    ctx.trace.step({
      kind: 'restaking.allocate',
      layer: 'restaking',
      entities: [a.operator, a.avs],
      amounts: { magnitude: alloc.magnitude + alloc.pendingDiff },
      message: say('restaking.genesis.allocation', {
        operator: rs.operators[a.operator].name,
        magnitude: alloc.magnitude + alloc.pendingDiff,
        strategy: strategyName(world, a.strategy),
        avs: rs.avss[a.avs].name,
        set: a.set,
        pendingDiff: alloc.pendingDiff,
        effectEpoch: alloc.effectEpoch,
      }),
    });
  }
  for (const vs of section.vaults) {
    if (rs.vaults[vs.id]) fail(`vault "${vs.id}" is defined twice`);
    for (const n of [...Object.keys(vs.networkLimits), ...Object.keys(vs.operatorShares)]) {
      if (!rs.avss[n]) fail(`vault "${vs.id}": there is no AVS (network) "${n}"`);
    }
    for (const ops of Object.values(vs.operatorShares))
      for (const o of Object.keys(ops)) if (!rs.operators[o]) fail(`vault "${vs.id}": there is no operator "${o}"`);
    rs.vaults[vs.id] = {
      id: vs.id,
      name: vs.name ?? vs.id,
      asset: vs.asset,
      activeStake: 0n,
      activeShares: 0n,
      stakers: {},
      pending: 0n,
      pendingClaims: {},
      pendingUntil: null,
      epochDuration: Math.max(1, daysToEpochs(vs.epochDays)),
      networkLimits: { ...vs.networkLimits },
      operatorShares: Object.fromEntries(Object.entries(vs.operatorShares).map(([n, o]) => [n, { ...o }])),
    };
    for (const d of vs.deposits) doVaultDeposit(ctx, d.holder, vs.id, d.amount);
  }
  for (const l of section.lrts) for (const d of l.deposits) doLrtDeposit(ctx, d.holder, l.id, d.amount);
}
