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
