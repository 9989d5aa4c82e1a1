/**
 * Engine-wide invariants over random event sequences (fast-check): the ledger balances to the gwei after every
 * event, no balance is ever negative, the same input gives a byte-identical snapshot, and dropping the last
 * event gives back the previous state (undo). Generators come from test/property/arbitraries.ts, which grows as
 * models are added.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEvent, cloneWorld, fold, initWorld } from '../../src/engine/sim';
import { toJSON } from '../../src/engine/snapshot';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import { RefusedEvent } from '../../src/engine/errors';
import { arbitraryRun } from './arbitraries';
import type { SimEvent } from '../../src/engine/events';

/** Which event types were accepted and refused across the whole run, so the test can tell it exercised them. */
const accepted = new Map<string, number>();
const refused = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

function applyAll(scenarioJson: unknown, eventsJson: unknown[]) {
  const scenario = parseScenario(scenarioJson);
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
  const events = parseEvents(eventsJson);
  if (!events.ok) throw new Error(JSON.stringify(events.issues));
  const { world } = initWorld(scenario.value);
  const applied: SimEvent[] = [];
  const snapshots: string[] = [toJSON(world)];
  for (const e of events.value) {
    const copy = cloneWorld(world);
    try {
      applyEvent(copy, e);
    } catch (err) {
      // A refused event (e.g. overdraft) must leave the world untouched; it is simply not part of the log.
      if (err instanceof RefusedEvent) {
        bump(refused, e.type);
        continue;
      }
      throw err;
    }
    Object.assign(world, copy);
    bump(accepted, e.type);
    applied.push(e);
    snapshots.push(toJSON(world));
  }
  return { scenario: scenario.value, world, accepted: applied, snapshots };
}

describe('engine invariants over random event sequences', () => {
  it('conserves value to the gwei, never goes negative, is deterministic, and undo gives the previous state', () => {
    fc.assert(
      fc.property(arbitraryRun(), ({ scenario, events }) => {
        const run = applyAll(scenario, events);
        // Conservation and non-negativity are asserted inside applyEvent after every event; re-check the end.
        for (const book of Object.values(run.world.ledger.assets)) {
          let sum = 0n;
          for (const v of [...book.balances.values()]) {
            expect(v >= 0n).toBe(true);
            sum += v;
          }
          expect(sum).toBe(book.initial + book.minted - book.burned);
        }
        // Determinism: folding the accepted events again gives byte-identical JSON.
        const again = fold(run.scenario, run.accepted);
        expect(toJSON(again.world)).toBe(run.snapshots[run.snapshots.length - 1]);
        // Undo: dropping the last event gives the previous snapshot.
        if (run.accepted.length > 0) {
          const undone = fold(run.scenario, run.accepted.slice(0, -1));
          expect(toJSON(undone.world)).toBe(run.snapshots[run.snapshots.length - 2]);
        }
      }),
      { numRuns: 1000 },
    );
    // The sequences must really exercise the models: every event type accepted many times, and most events
    // accepted overall (a generator that only produced refusals would make the properties above vacuous).
    if (process.env.SHOW_COUNTS) console.log(Object.fromEntries(accepted), Object.fromEntries(refused));
    const total = [...accepted.values()].reduce((a, b) => a + b, 0);
    const totalRefused = [...refused.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(totalRefused);
    for (const type of [
      'AdvanceTime',
      'Transfer',
      'EthDeposit',
      'EthSlash',
      'EthExit',
      'EthSetOnline',
      'LidoSubmit',
      'LidoRequestWithdrawal',
      'LidoWrap',
      'CosmosDelegate',
      'CosmosUndelegate',
      'CosmosDoubleSign',
    ]) {
      expect(accepted.get(type) ?? 0, `${type} accepted`).toBeGreaterThan(10);
    }
  });
});
