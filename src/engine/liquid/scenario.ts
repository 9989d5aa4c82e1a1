/**
 * The scenario section `liquid`: Lido-like and Rocket-Pool-like pools at genesis. Genesis validators are created
 * through the Ethereum API (active at genesis), so this section is initialised after `ethereum`.
 *
 * {
 *   "lido": [{ "id": "lido", "operators": [{ "id": "op1", "name": "Blue Staking" }, "op2"], "bufferedEth": "10",
 *              "validators": [{ "id": "lv1", "operator": "op1", "balance": "32" }],
 *              "holders": [{ "holder": "alice", "eth": "30" }, { "holder": "bob", "eth": "12" }] }],
 *   "rocket": [{ "id": "rp", "rplPriceEth": "0.01", "nodes": [{ "id": "n1", "holder": "carol", "rpl": "160" }],
 *                "minipools": [{ "id": "mp1", "node": "n1", "bond": "16" }],
 *                "rethHolders": [{ "holder": "dave", "reth": "16" }] }]
 * }
 * A Lido pool's operator is an id, or an id and the name the learner reads ("Blue Staking"; without one, its id).
 * A Lido pool's holders give either all `eth` (shares 1:1, and their sum must equal the pool's ether: buffer +
 * validator balances) or all `shares` (any total; the share rate is then pooled ether / shares).
 * Genesis ether (buffer, validator and minipool balances) is funded directly, not taken from any holder; a
 * genesis buffer stays buffered until the first submit or oracle report runs the depositor. Minipools start
 * staking with capital 16/16 (bond "16") or 8/24 (bond "8"); their rETH holders must own the users' side.
 */
import * as v from 'valibot';
import type { Ctx } from '../module';
import { EngineError } from '../errors';
import { endow, type Movement } from '../ledger/ledger';
import { say } from '../messages/say';
import { setMessage } from '../trace';
import { formatEth } from '../ledger/amount';
import { holderAccount } from '../world';
import { depositValidator } from '../staking/ethereum/api';
import { Amount, Fraction, Id, PositiveAmount } from '../scenario/primitives';
import { lidoAccount, rEthAsset, rocketAccount, RPL, stEthAsset } from './accounts';
import type { LidoPool, RocketPool } from './state';
import { getPooledEthByShares, totalPooledEther } from './lido/shareRate';
import { MINIPOOL_SIZE, rethSupply, totalEthBalance } from './rocket/pool';
import { getEthValue, reportedRate } from './rocket/exchangeRate';

/** An array whose items' keys are all different (ids, holders). */
function uniqueArray<TItem extends v.GenericSchema>(
  item: TItem,
  key: (x: v.InferOutput<TItem>) => string,
  what: string,
  min = 0,
) {
  return v.pipe(
    v.array(item),
    v.minLength(min, `needs at least ${min} ${what}`),
    v.check((xs: v.InferOutput<TItem>[]) => new Set(xs.map(key)).size === xs.length, `${what} must be unique`),
  );
}

const AtLeast32 = v.pipe(
  Amount,
  v.check(
    (x) => x >= 32_000_000_000n,
    'must be at least 32 ETH: a validator active at genesis has at least MIN_ACTIVATION_BALANCE',
  ),
);

const LidoValidatorSchema = v.strictObject({
  id: Id,
  operator: Id,
  /** Starting balance (ETH); 32 unless given. Active from genesis, so at least 32 (MIN_ACTIVATION_BALANCE). */
  balance: v.optional(AtLeast32, '32'),
});

const LidoHolderSchema = v.pipe(
  v.strictObject({ holder: Id, shares: v.optional(PositiveAmount), eth: v.optional(PositiveAmount) }),
  v.check((h) => (h.shares === undefined) !== (h.eth === undefined), 'give exactly one of "shares" or "eth"'),
);

/** A Lido pool's node operator: a bare id (`"blue"`, read as its name) or `{ "id": "blue", "name": "Blue Staking" }`. */
const LidoOperatorSchema = v.union(
  [Id, v.strictObject({ id: Id, name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)) })],
  'must be an operator id, or an object with "id" and "name"',
);
type LidoOperatorSpec = v.InferOutput<typeof LidoOperatorSchema>;
const operatorId = (o: LidoOperatorSpec): string => (typeof o === 'string' ? o : o.id);

export const LidoPoolSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
    /** Protocol fee on rewards in basis points: 1000 = 10% (Lido mainnet: 5% operators + 5% treasury). */
    feeBasisPoints: v.optional(
      v.pipe(v.number(), v.integer('must be a whole number of basis points'), v.minValue(0), v.maxValue(10_000)),
      1000,
    ),
    operators: uniqueArray(LidoOperatorSchema, operatorId, 'operator ids', 1),
    bufferedEth: v.optional(Amount, '0'),
    validators: v.optional(
      uniqueArray(LidoValidatorSchema, (x) => x.id, 'validator ids'),
      [],
    ),
    holders: v.optional(
      uniqueArray(LidoHolderSchema, (x) => x.holder, 'holders'),
      [],
    ),
  }),
  v.forward(
    v.check(
      (p) => p.validators.every((val) => p.operators.some((o) => operatorId(o) === val.operator)),
      'every validator\'s operator must be listed in "operators"',
    ),
    ['validators'],
  ),
  v.forward(
    v.check(
      (p) => p.holders.every((h) => h.eth !== undefined) || p.holders.every((h) => h.shares !== undefined),
      'give every holder "eth" or every holder "shares", not a mix',
    ),
    ['holders'],
  ),
);

const RocketNodeSchema = v.strictObject({
  id: Id,
  /** The holder who runs the node (receives its ether); without one the node's own account does. */
  holder: v.optional(Id),
  /** Staked RPL (whole RPL). */
  rpl: v.optional(Amount, '0'),
});

const MinipoolSchema = v.strictObject({
  id: Id,
  node: Id,
  bond: v.picklist(['16', '8'], 'must be "16" (a 16-ETH minipool) or "8" (an LEB8, 24 ETH matched)'),
  /** The validator's balance now (ETH); 32 unless given, at least 32 (it is active from genesis). */
  balance: v.optional(AtLeast32, '32'),
});

export const RocketPoolSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
    /** RPL price in ETH per RPL, as the oracle DAO reports it (RocketNetworkPrices). */
    rplPriceEth: PositiveAmount,
    /** Node commission on the users' part of rewards: 14% for Atlas-era minipools (lebs.md). */
    nodeFee: v.optional(Fraction, '0.14'),
    depositPoolEth: v.optional(Amount, '0'),
    nodes: uniqueArray(RocketNodeSchema, (x) => x.id, 'node ids'),
    minipools: v.optional(
      uniqueArray(MinipoolSchema, (x) => x.id, 'minipool ids'),
      [],
    ),
    rethHolders: v.optional(
      uniqueArray(v.strictObject({ holder: Id, reth: PositiveAmount }), (x) => x.holder, 'rETH holders'),
      [],
    ),
  }),
  v.forward(
    v.check(
      (p) => p.minipools.every((m) => p.nodes.some((n) => n.id === m.node)),
      'every minipool\'s node must be listed in "nodes"',
    ),
    ['minipools'],
  ),
);

export const liquidSectionSchema = v.pipe(
  v.strictObject({
    lido: v.optional(v.array(LidoPoolSchema), []),
    rocket: v.optional(v.array(RocketPoolSchema), []),
  }),
  v.check((s) => {
    const ids = [...s.lido.map((p) => p.id), ...s.rocket.map((p) => p.id)];
    return new Set(ids).size === ids.length;
  }, 'pool ids must be unique across "lido" and "rocket"'),
);
export type LiquidSection = v.InferOutput<typeof liquidSectionSchema>;
type LidoPoolSpec = LiquidSection['lido'][number];
type RocketPoolSpec = LiquidSection['rocket'][number];

export function initLiquid(ctx: Ctx, section: LiquidSection): void {
  section.lido.forEach((spec, i) => initLidoPool(ctx, spec, `liquid.lido[${i}]`));
  section.rocket.forEach((spec, i) => initRocketPool(ctx, spec, `liquid.rocket[${i}]`));
}

function requireHolder(ctx: Ctx, id: string, path: string): void {
  if (!ctx.world.holders[id]) throw new EngineError(`${path}: there is no holder "${id}"; add it to "holders" first`);
}

function requireFreeValidatorId(ctx: Ctx, id: string, path: string): void {
  if (ctx.world.ethereum.validators[id])
    throw new EngineError(`${path}: validator id "${id}" is already used on the chain`);
}

function initLidoPool(ctx: Ctx, spec: LidoPoolSpec, path: string): void {
  const { world } = ctx;
  const p: LidoPool = {
    id: spec.id,
    name: spec.name ?? spec.id,
    feeBasisPoints: spec.feeBasisPoints,
    operators: spec.operators.map(operatorId),
    operatorNames: Object.fromEntries(spec.operators.flatMap((o) => (typeof o === 'string' ? [] : [[o.id, o.name]]))),
    nextOperator: 0,
    validators: [],
    depositedValidators: 0,
    clValidators: 0,
    clBalance: 0n,
    totalShares: 0n,
    lastReportEpoch: null,
    requests: {},
    queue: [],
    nextRequestId: 1,
  };
  world.liquid.lido[p.id] = p;
  const movements: Movement[] = [];
  const buffer = lidoAccount.buffer(p.id);
  if (spec.bufferedEth > 0n) movements.push(endow(world.ledger, 'ETH', buffer, spec.bufferedEth));
  const step = ctx.trace.step({
    kind: 'genesis.lido',
    layer: 'liquid',
    entities: [p.id, ...p.operators],
    amounts: {},
    movements,
    text: '',
  });
  spec.validators.forEach((val, j) => {
    requireFreeValidatorId(ctx, val.id, `${path}.validators[${j}].id`);
    movements.push(endow(world.ledger, 'ETH', buffer, val.balance));
    depositValidator(
      ctx,
      {
        id: val.id,
        fromAccount: buffer,
        amount: val.balance,
        withdrawalAccount: lidoAccount.withdrawals(p.id),
        owner: p.id,
        operator: val.operator,
        activeAtGenesis: true,
      },
      step,
    );
    p.validators.push(val.id);
    p.depositedValidators += 1;
    p.clValidators += 1;
    p.clBalance += val.balance;
  });
  // New deposits continue the round-robin after the genesis validators.
  p.nextOperator = p.validators.length % p.operators.length;
  const pooled = totalPooledEther(world, p);
  const byEth = spec.holders.length > 0 && spec.holders[0].eth !== undefined;
  let totalShares = 0n;
  spec.holders.forEach((h, j) => {
    requireHolder(ctx, h.holder, `${path}.holders[${j}].holder`);
    const shares = (byEth ? h.eth : h.shares) as bigint;
    movements.push(endow(world.ledger, stEthAsset(p.id), holderAccount(h.holder), shares));
    totalShares += shares;
  });
  if (byEth && totalShares !== pooled) {
    throw new EngineError(
      `${path}.holders: the holders' stETH adds up to ${formatEth(totalShares)} but the pool holds ${formatEth(pooled)} ETH (buffer + validator balances); make them equal, or give "shares" instead`,
    );
  }
  if (pooled > 0n && totalShares === 0n) {
    throw new EngineError(
      `${path}.holders: the pool holds ${formatEth(pooled)} ETH but no one holds its stETH; add holders`,
    );
  }
  p.totalShares = totalShares;
  const s = ctx.trace.steps.find((x) => x.id === step);
  if (s) {
    s.amounts = { totalPooledEther: pooled, totalShares };
    setMessage(
      s,
      say('liquid.genesis.lido', {
        pool: p.name,
        pooled,
        buffered: spec.bufferedEth,
        validatorCount: p.validators.length,
        totalShares,
        shareRate: getPooledEthByShares(1_000_000_000n, { totalPooledEther: pooled, totalShares }),
      }),
    );
  }
}

function initRocketPool(ctx: Ctx, spec: RocketPoolSpec, path: string): void {
  const { world } = ctx;
  const p: RocketPool = {
    id: spec.id,
    name: spec.name ?? spec.id,
    rplPrice: spec.rplPriceEth,
    nodeFee: spec.nodeFee,
    nodes: {},
    minipools: {},
    minipoolOrder: [],
    totalEthBalance: 0n,
    rethSupply: 0n,
    lastReportEpoch: null,
  };
  world.liquid.rocket[p.id] = p;
  const movements: Movement[] = [];
  if (spec.depositPoolEth > 0n)
    movements.push(endow(world.ledger, 'ETH', rocketAccount.deposits(p.id), spec.depositPoolEth));
  spec.nodes.forEach((n, j) => {
    if (n.holder !== undefined) requireHolder(ctx, n.holder, `${path}.nodes[${j}].holder`);
    p.nodes[n.id] = { id: n.id, holder: n.holder ?? null };
    if (n.rpl > 0n) movements.push(endow(world.ledger, RPL, rocketAccount.node(p.id, n.id), n.rpl));
  });
  const step = ctx.trace.step({
    kind: 'genesis.rocket',
    layer: 'liquid',
    entities: [p.id, ...Object.keys(p.nodes)],
    amounts: {},
    movements,
    text: '',
  });
  spec.minipools.forEach((m, j) => {
    const validatorId = `${p.id}.${m.id}`;
    requireFreeValidatorId(ctx, validatorId, `${path}.minipools[${j}].id`);
    const account = rocketAccount.minipool(p.id, m.id);
    const nodeCapital = m.bond === '16' ? 16_000_000_000n : 8_000_000_000n;
    movements.push(endow(world.ledger, 'ETH', account, m.balance));
    depositValidator(
      ctx,
      {
        id: validatorId,
        fromAccount: account,
        amount: m.balance,
        withdrawalAccount: account,
        owner: p.id,
        operator: m.node,
        activeAtGenesis: true,
      },
      step,
    );
    p.minipools[m.id] = {
      id: m.id,
      node: m.node,
      nodeCapital,
      userCapital: MINIPOOL_SIZE - nodeCapital,
      validator: validatorId,
      status: 'staking',
      distribution: null,
    };
    p.minipoolOrder.push(m.id);
  });
  spec.rethHolders.forEach((h, j) => {
    requireHolder(ctx, h.holder, `${path}.rethHolders[${j}].holder`);
    movements.push(endow(world.ledger, rEthAsset(p.id), holderAccount(h.holder), h.reth));
  });
  p.totalEthBalance = totalEthBalance(world, p);
  p.rethSupply = rethSupply(world, p);
  p.lastReportEpoch = 0;
  if (p.totalEthBalance > 0n && p.rethSupply === 0n) {
    throw new EngineError(
      `${path}.rethHolders: the pool's users own ${formatEth(p.totalEthBalance)} ETH but no one holds rETH; add rethHolders`,
    );
  }
  const s = ctx.trace.steps.find((x) => x.id === step);
  if (s) {
    s.amounts = { totalEthBalance: p.totalEthBalance, rethSupply: p.rethSupply };
    setMessage(
      s,
      say('liquid.genesis.rocket', {
        pool: p.name,
        minipoolCount: p.minipoolOrder.length,
        totalEthBalance: p.totalEthBalance,
        rethSupply: p.rethSupply,
        rate: getEthValue(1_000_000_000n, reportedRate(p)),
      }),
    );
  }
}
