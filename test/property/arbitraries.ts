/**
 * Random scenarios and event sequences for the engine-wide property tests: holders, a few Ethereum validators, a
 * Lido-like pool and a Cosmos-like chain, driven by transfers, deposits, slashings, exits, outages, liquid
 * staking actions, delegations and the passage of time. Amounts are drawn in gwei and written as decimal strings,
 * the way the UI and share links carry them. Many generated events are refused (overdrafts, exits too early):
 * the property tests check that a refusal leaves the world untouched.
 */
import fc from 'fast-check';
import { formatEth } from '../../src/engine/ledger/amount';

const HOLDERS = ['alice', 'bob', 'carol', 'dave'];
const VALIDATORS = ['v1', 'v2', 'v3'];
const POOL_VALIDATORS = ['p1', 'p2'];

const ethAmount = (minGwei: bigint, maxGwei: bigint) =>
  fc.bigInt({ min: minGwei, max: maxGwei }).map((g) => formatEth(g));
const holder = fc.constantFrom(...HOLDERS);

const transfer = fc.record({
  type: fc.constant('Transfer'),
  from: holder,
  to: holder,
  amount: ethAmount(1n, 200_000_000_000n),
});
const advance = fc.oneof(
  fc.record({ type: fc.constant('AdvanceTime'), epochs: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ type: fc.constant('AdvanceTime'), days: fc.integer({ min: 1, max: 2 }) }),
);
const deposit = fc.record({
  type: fc.constant('EthDeposit'),
  holder,
  validator: fc.constantFrom('v1', 'n1', 'n2'),
  amount: ethAmount(1_000_000_000n, 40_000_000_000n),
});
const slash = fc.record({
  type: fc.constant('EthSlash'),
  validators: fc.subarray([...VALIDATORS, ...POOL_VALIDATORS], { minLength: 1 }),
  whistleblower: fc.option(holder, { nil: undefined }),
});
const exit = fc.record({ type: fc.constant('EthExit'), validator: fc.constantFrom(...VALIDATORS) });
const online = fc.record({
  type: fc.constant('EthSetOnline'),
  validators: fc.subarray([...VALIDATORS, ...POOL_VALIDATORS], { minLength: 1 }),
  online: fc.boolean(),
});
const lidoSubmit = fc.record({
  type: fc.constant('LidoSubmit'),
  holder,
  pool: fc.constant('lido'),
  amount: ethAmount(1n, 40_000_000_000n),
});
const lidoRequest = fc.record({
  type: fc.constant('LidoRequestWithdrawal'),
  holder,
  pool: fc.constant('lido'),
  amount: ethAmount(100n, 20_000_000_000n),
});
const lidoWrap = fc.record({
  type: fc.constant('LidoWrap'),
  holder,
  pool: fc.constant('lido'),
  amount: ethAmount(1n, 10_000_000_000n),
});
const cosmosDelegate = fc.record({
  type: fc.constant('CosmosDelegate'),
  holder,
  validator: fc.constantFrom('c1', 'c2'),
  amount: ethAmount(1n, 500_000_000_000n),
});
const cosmosUndelegate = fc.record({
  type: fc.constant('CosmosUndelegate'),
  holder,
  validator: fc.constantFrom('c1', 'c2'),
  amount: ethAmount(1n, 300_000_000_000n),
});
const cosmosDoubleSign = fc.record({ type: fc.constant('CosmosDoubleSign'), validator: fc.constantFrom('c1', 'c2') });

export function arbitraryRun() {
  return fc.record({
    scenario: fc
      .array(fc.bigInt({ min: 0n, max: 100_000_000_000n }), { minLength: HOLDERS.length, maxLength: HOLDERS.length })
      .map((balances) => ({
        format: 'restaking-lab/scenario',
        version: 1,
        name: 'random',
        holders: HOLDERS.map((id, i) => ({ id, balances: { ETH: formatEth(balances[i]), ATOM: '1000' } })),
        ethereum: {
          backgroundStake: '1000000',
          validators: VALIDATORS.map((id, i) => ({ id, owner: HOLDERS[i], balance: '32' })),
        },
        liquid: {
          lido: [
            {
              id: 'lido',
              operators: ['op1'],
              validators: POOL_VALIDATORS.map((id) => ({ id, operator: 'op1' })),
              holders: [
                { holder: 'alice', eth: '40' },
                { holder: 'bob', eth: '24' },
              ],
            },
          ],
        },
        cosmos: {
          validators: [
            { id: 'c1', operator: 'carol', selfBond: '100', commission: '0.1' },
            { id: 'c2', operator: 'dave', selfBond: '100', commission: '0.05' },
          ],
          // Genesis delegations, so undelegations are usually possible from the first event.
          delegations: [
            { holder: 'alice', validator: 'c1', amount: '400' },
            { holder: 'bob', validator: 'c2', amount: '400' },
            { holder: 'alice', validator: 'c2', amount: '300' },
            { holder: 'bob', validator: 'c1', amount: '300' },
          ],
        },
      })),
    events: fc.array(
      fc.oneof(
        { arbitrary: advance, weight: 3 },
        transfer,
        deposit,
        slash,
        exit,
        online,
        lidoSubmit,
        lidoRequest,
        lidoWrap,
        cosmosDelegate,
        cosmosUndelegate,
        cosmosDoubleSign,
      ),
      { maxLength: 10 },
    ),
  });
}

/**
 * Random events for any world, over every model: the ids are read from the world (holders, validators, pools,
 * operators, AVSs and their sets, LRTs, vaults, markets), so one generator drives every example scenario. Amounts
 * are mostly small (so many events are accepted) with an occasional huge one (so refusals are exercised too).
 */
export interface WorldIds {
  holders: string[];
  ethValidators: string[];
  lido: string[];
  rocket: string[];
  rocketNodes: string[];
  minipools: string[];
  cosmos: string[];
  strategies: string[];
  operators: string[];
  avss: { id: string; sets: number[] }[];
  lrts: string[];
  vaults: string[];
  pools: { id: string; asset: string }[];
  lending: { id: string; assets: string[] }[];
}

/** The model an event type belongs to, for per-model counts. */
export function modelOf(type: string): 'core' | 'ethereum' | 'cosmos' | 'liquid' | 'restaking' | 'markets' | 'faults' {
  if (type === 'AdvanceTime' || type === 'Transfer') return 'core';
  if (type.startsWith('Eth')) return 'ethereum';
  if (type.startsWith('Cosmos')) return 'cosmos';
  if (type.startsWith('Lido') || type.startsWith('Rocket')) return 'liquid';
  if (['Swap', 'Supply', 'Borrow', 'Repay', 'Withdraw'].includes(type)) return 'markets';
  if (type === 'Fault') return 'faults';
  return 'restaking';
}

const some = <T>(xs: readonly T[]) => (xs.length ? fc.constantFrom(...xs) : null);
/** Gwei drawn log-uniformly-ish: mostly up to `typical` ETH, sometimes up to 100,000 ETH. */
const amountUpTo = (typical: bigint) =>
  fc.oneof(
    { arbitrary: ethAmount(1n, typical * 1_000_000_000n), weight: 8 },
    { arbitrary: ethAmount(1n, 1_000_000_000n), weight: 3 },
    { arbitrary: ethAmount(1n, 100_000n * 1_000_000_000n), weight: 1 },
  );
const fraction = fc.integer({ min: 0, max: 100 }).map((p) => `${p}/100`);

export function arbitraryEventFor(ids: WorldIds): fc.Arbitrary<Record<string, unknown>> {
  const holder = some(ids.holders)!;
  const out: fc.WeightedArbitrary<Record<string, unknown>>[] = [];
  const add = (weight: number, arb: fc.Arbitrary<Record<string, unknown>> | null) => {
    if (arb) out.push({ arbitrary: arb, weight });
  };
  const rec = (type: string, fields: Record<string, fc.Arbitrary<unknown> | null>) =>
    Object.values(fields).some((f) => f === null)
      ? null
      : fc.record({ type: fc.constant(type), ...(fields as Record<string, fc.Arbitrary<unknown>>) });
  const assets = [...new Set(['ETH', ...ids.pools.map((p) => p.asset), ...ids.lending.flatMap((l) => l.assets)])];

  // Time: mostly a few epochs (cheap), sometimes a day or a week (oracle reports, exits, rewards, unbonding).
  add(
    20,
    fc.oneof(
      {
        arbitrary: fc.record({ type: fc.constant('AdvanceTime'), epochs: fc.integer({ min: 1, max: 32 }) }),
        weight: 6,
      },
      { arbitrary: fc.record({ type: fc.constant('AdvanceTime'), days: fc.integer({ min: 1, max: 7 }) }), weight: 1 },
    ),
  );
  add(20, rec('Transfer', { asset: fc.constantFrom(...assets), from: holder, to: holder, amount: amountUpTo(20n) }));
  // Ethereum
  const ethVal = some(ids.ethValidators);
  add(
    10,
    rec('EthDeposit', {
      holder,
      validator: fc.constantFrom(...ids.ethValidators, 'n1', 'n2'),
      amount: amountUpTo(40n),
    }),
  );
  add(10, rec('EthExit', { validator: ethVal }));
  add(10, ethVal && rec('EthSlash', { validators: fc.subarray(ids.ethValidators, { minLength: 1 }) }));
  add(
    10,
    ethVal &&
      rec('EthSetOnline', { validators: fc.subarray(ids.ethValidators, { minLength: 1 }), online: fc.boolean() }),
  );
  // Cosmos
  const cv = some(ids.cosmos);
  add(10, rec('CosmosDelegate', { holder, validator: cv, amount: amountUpTo(200n) }));
  add(10, rec('CosmosUndelegate', { holder, validator: cv, amount: amountUpTo(200n) }));
  add(3, rec('CosmosDoubleSign', { validator: cv }));
  // Liquid staking
  const lido = some(ids.lido);
  for (const type of ['LidoSubmit', 'LidoWrap', 'LidoUnwrap', 'LidoRequestWithdrawal'])
    add(10, rec(type, { holder, pool: lido, amount: amountUpTo(20n) }));
  add(10, rec('LidoTransfer', { from: holder, to: holder, pool: lido, amount: amountUpTo(20n) }));
  add(10, rec('LidoClaim', { holder, pool: lido, request: fc.integer({ min: 1, max: 12 }) }));
  const rocket = some(ids.rocket);
  add(10, rec('RocketDeposit', { holder, pool: rocket, amount: amountUpTo(20n) }));
  add(10, rec('RocketBurn', { holder, pool: rocket, amount: amountUpTo(20n) }));
  add(
    5,
    rec('RocketCreateMinipool', {
      pool: rocket,
      node: some(ids.rocketNodes),
      minipool: fc.integer({ min: 1, max: 6 }).map((n) => `mp-r${n}`),
      bond: fc.constantFrom('16', '8'),
    }),
  );
  add(5, rec('RocketExitMinipool', { pool: rocket, minipool: some([...ids.minipools, 'mp-r1', 'mp-r2']) }));
  add(3, rec('RocketSetRplPrice', { pool: rocket, rplPriceEth: ethAmount(1_000_000n, 100_000_000n) }));
  // Restaking
  const strategy = some(ids.strategies);
  const operator = some(ids.operators);
  const staker = holder;
  const avsSet = ids.avss.length
    ? fc
        .constantFrom(...ids.avss)
        .chain((a) => fc.record({ avs: fc.constant(a.id), set: fc.constantFrom(...(a.sets.length ? a.sets : [0])) }))
    : null;
  const withSet = (type: string, fields: Record<string, fc.Arbitrary<unknown> | null>) =>
    avsSet && (rec(type, fields)?.chain((e) => avsSet.map((s) => ({ ...e, ...s }))) ?? null);
  add(20, rec('RestakeDeposit', { holder, strategy, amount: amountUpTo(20n) }));
  add(10, rec('DelegateTo', { staker, operator }));
  add(5, strategy && rec('Undelegate', { staker }));
  add(10, rec('QueueWithdrawal', { staker, strategy, shares: fc.option(amountUpTo(10n), { nil: undefined }) }));
  add(10, strategy && rec('CompleteWithdrawal', { staker }));
  add(5, strategy && rec('PodCheckpoint', { staker }));
  add(5, withSet('RegisterForOperatorSet', { operator }));
  add(3, withSet('DeregisterFromOperatorSet', { operator }));
  add(10, withSet('ModifyAllocation', { operator, strategy, magnitude: fraction }));
  add(10, withSet('SlashOperator', { operator, wad: fraction }));
  const lrt = some(ids.lrts);
  add(10, rec('LrtDeposit', { holder, lrt, amount: amountUpTo(20n) }));
  add(10, rec('LrtRedeem', { holder, lrt, amount: amountUpTo(10n) }));
  const vault = some(ids.vaults);
  add(10, rec('VaultDeposit', { holder, vault, amount: amountUpTo(20n) }));
  add(10, rec('VaultWithdraw', { holder, vault, amount: amountUpTo(10n) }));
  add(
    5,
    avsSet &&
      rec('SetNetworkLimit', { vault, avs: fc.constantFrom(...ids.avss.map((a) => a.id)), limit: amountUpTo(100n) }),
  );
  // Markets
  if (ids.pools.length) {
    add(
      20,
      fc.constantFrom(...ids.pools).chain((p) =>
        fc.record({
          type: fc.constant('Swap'),
          holder,
          pool: fc.constant(p.id),
          sell: fc.constantFrom(p.asset, 'ETH'),
          amount: amountUpTo(20n),
        }),
      ),
    );
  }
  if (ids.lending.length) {
    for (const type of ['Supply', 'Borrow', 'Repay', 'Withdraw']) {
      add(
        10,
        fc.constantFrom(...ids.lending).chain((m) =>
          fc.record({
            type: fc.constant(type),
            holder,
            market: fc.constant(m.id),
            asset: fc.constantFrom(...m.assets, 'ETH'),
            amount: amountUpTo(20n),
          }),
        ),
      );
    }
  }
  return fc.oneof(...out);
}
