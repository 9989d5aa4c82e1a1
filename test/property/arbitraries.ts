/**
 * Random scenarios and event sequences for the engine-wide property tests. Amounts are drawn in gwei and
 * written as decimal ETH strings, the way the UI and share links carry them.
 */
import fc from 'fast-check';
import { formatEth } from '../../src/engine/ledger/amount';

const HOLDERS = ['alice', 'bob', 'carol', 'dave'];

const ethAmount = (maxGwei: bigint) => fc.bigInt({ min: 1n, max: maxGwei }).map((g) => formatEth(g));

const transfer = fc.record({
  type: fc.constant('Transfer'),
  from: fc.constantFrom(...HOLDERS),
  to: fc.constantFrom(...HOLDERS),
  amount: ethAmount(200_000_000_000n),
});

const advance = fc.oneof(
  fc.record({ type: fc.constant('AdvanceTime'), epochs: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ type: fc.constant('AdvanceTime'), days: fc.integer({ min: 1, max: 3 }) }),
);

export function arbitraryRun() {
  return fc.record({
    scenario: fc
      .array(fc.bigInt({ min: 0n, max: 500_000_000_000n }), { minLength: HOLDERS.length, maxLength: HOLDERS.length })
      .map((balances) => ({
        format: 'restaking-lab/scenario',
        version: 1,
        name: 'random',
        holders: HOLDERS.map((id, i) => ({ id, balances: { ETH: formatEth(balances[i]) } })),
      })),
    events: fc.array(fc.oneof(transfer, advance), { maxLength: 12 }),
  });
}
