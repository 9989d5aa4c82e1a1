/** Builds Cosmos scenarios through the real schema and applies events the way the app does. */
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import { applyEvent, initWorld } from '../../../src/engine/sim';
import type { World } from '../../../src/engine/world';
import type { TraceStep } from '../../../src/engine/trace';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import { parseEth } from '../../../src/engine/ledger/amount';
import { tokensOf } from '../../../src/engine/staking/cosmos/chain';
import { delegationValue } from '../../../src/engine/staking/cosmos/delegation';

export const A = (x: string | number): bigint => parseEth(String(x));

/**
 * The worked example's validator (hypothetical, for x/staking Slash): Figment has exactly 100,000 ATOM (10,000
 * self-bond, Alice 1,000, Bob 89,000); Chorus 10,000 is the redelegation target.
 */
export function workedScenario(extra: Record<string, unknown> = {}): unknown {
  return {
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'cosmos worked example',
    holders: [
      { id: 'figop', name: 'Figment Ops', balances: { ATOM: '10000' } },
      { id: 'chorusop', name: 'Chorus Ops', balances: { ATOM: '10000' } },
      { id: 'alice', name: 'Alice', balances: { ATOM: '1000' } },
      { id: 'bob', name: 'Bob', balances: { ATOM: '90000' } },
      { id: 'carol', name: 'Carol', balances: { ATOM: '5000' } },
    ],
    cosmos: {
      validators: [
        {
          id: 'figment',
          name: 'Figment',
          operator: 'figop',
          selfBond: '10000',
          commission: '0.05',
          maxCommission: '0.20',
        },
        {
          id: 'chorus',
          name: 'Chorus',
          operator: 'chorusop',
          selfBond: '10000',
          commission: '0.10',
          maxCommission: '0.20',
        },
      ],
      delegations: [
        { holder: 'alice', validator: 'figment', amount: '1000' },
        { holder: 'bob', validator: 'figment', amount: '89000' },
      ],
      ...extra,
    },
  };
}

export function start(input: unknown): { world: World; trace: TraceStep[] } {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value);
}

/** Applies events (JSON input, parsed by the real event schema); returns the last event's trace. */
export function apply(world: World, ...events: unknown[]): TraceStep[] {
  const parsed = parseEvents(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  let trace: TraceStep[] = [];
  for (const e of parsed.value) trace = applyEvent(world, e);
  return trace;
}

export const atom = (world: World, account: string): bigint => balanceOf(world.ledger, 'ATOM', account);
export const tokens = (world: World, validator: string): bigint => tokensOf(world, validator);
export const worth = (world: World, validator: string, holder: string): bigint =>
  delegationValue(world, validator, holder);
