/**
 * Property: for random validator sets, balances, online flags and event scripts, advancing time with the fast
 * path gives exactly the ledger and chain state of the general per-epoch path; the ledger is conserved.
 */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../src/engine/registry', async () => ({
  MODULES: [(await import('../../src/engine/staking/ethereum/module')).ethereumModule],
}));
import fc from 'fast-check';
import { applyEvent, initWorld } from '../../src/engine/sim';
import { toJSON } from '../../src/engine/snapshot';
import { RefusedEvent } from '../../src/engine/errors';
import { comparable, stepEpochByEpoch } from '../unit/ethereum/stepping';
import { events, scenario } from '../unit/ethereum/helpers';

const validatorArb = fc.record({
  balance: fc.integer({ min: 32_000, max: 40_000 }).map((x) => (x / 1000).toFixed(3)),
  compounding: fc.boolean(),
  online: fc.boolean(),
});

const actionArb = fc.oneof(
  fc.record({
    kind: fc.constant('advance' as const),
    epochs: fc.oneof(fc.integer({ min: 1, max: 700 }), fc.integer({ min: 2000, max: 9000 })),
  }),
  fc.record({ kind: fc.constant('online' as const), i: fc.nat(5), online: fc.boolean() }),
  fc.record({ kind: fc.constant('slash' as const), i: fc.nat(5) }),
  fc.record({ kind: fc.constant('exit' as const), i: fc.nat(5) }),
  fc.record({ kind: fc.constant('deposit' as const), amount: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('finality' as const), stalled: fc.boolean() }),
);

describe('ethereum fast path (property)', () => {
  it('equals epoch-by-epoch stepping for random worlds and scripts', () => {
    fc.assert(
      fc.property(
        fc.array(validatorArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('1000', '50000', '34000000'),
        fc.array(actionArb, { minLength: 1, maxLength: 8 }),
        (vals, background, actions) => {
          const sc = scenario(
            { backgroundStake: background, validators: vals.map((v, i) => ({ id: `v${i}`, owner: 'alice', ...v })) },
            [{ id: 'alice', balances: { ETH: '10000' } }],
          );
          const fast = initWorld(sc).world;
          const slow = initWorld(sc).world;
          let newId = 0;
          for (const a of actions) {
            const id = `v${a.kind === 'advance' || a.kind === 'deposit' || a.kind === 'finality' ? 0 : a.i % vals.length}`;
            const raw =
              a.kind === 'advance'
                ? { type: 'AdvanceTime', epochs: a.epochs }
                : a.kind === 'online'
                  ? { type: 'EthSetOnline', validators: [id], online: a.online }
                  : a.kind === 'slash'
                    ? { type: 'EthSlash', validators: [id] }
                    : a.kind === 'exit'
                      ? { type: 'EthExit', validator: id }
                      : a.kind === 'deposit'
                        ? { type: 'EthDeposit', holder: 'alice', validator: `n${newId++}`, amount: String(a.amount) }
                        : { type: 'EthFinality', stalled: a.stalled };
            const [e] = events([raw]);
            if (e.type === 'AdvanceTime') {
              applyEvent(fast, e);
              stepEpochByEpoch(slow, e.epochs!);
            } else {
              let refused = false;
              try {
                applyEvent(fast, e);
              } catch (err) {
                if (!(err instanceof RefusedEvent)) throw err;
                refused = true;
              }
              if (!refused) applyEvent(slow, e);
            }
            expect(toJSON(comparable(fast))).toBe(toJSON(comparable(slow)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
