/** The liquid model through the engine's fold: events, daily reports at day boundaries, refusals, schema errors. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fold, applyEvent, cloneWorld } from '../../../src/engine/sim';
import { SimEventSchema } from '../../../src/engine/events';
import { ScenarioSchema } from '../../../src/engine/scenario/schema';
import { toJSON } from '../../../src/engine/snapshot';
import { RefusedEvent } from '../../../src/engine/errors';
import { stEthBalance } from '../../../src/engine/liquid/api';
import { scenario, E, apply } from './helpers';
import { initWorld } from '../../../src/engine/sim';

const H = (id: string, eth = '0') => ({ id, balances: { ETH: eth } });
const base = () =>
  scenario({
    holders: [H('alice', '100'), H('bob', '10')],
    liquid: {
      lido: [
        {
          id: 'lido',
          name: 'Lido',
          operators: ['op1', 'op2'],
          validators: [
            { id: 'v1', operator: 'op1' },
            { id: 'v2', operator: 'op2' },
          ],
          holders: [{ holder: 'bob', eth: '64' }],
        },
      ],
      rocket: [
        {
          id: 'rp',
          rplPriceEth: '0.01',
          nodes: [{ id: 'n1', rpl: '200' }],
          minipools: [{ id: 'mp1', node: 'n1', bond: '8' }],
          rethHolders: [{ holder: 'bob', reth: '24' }],
        },
      ],
    },
  });
const ev = (xs: unknown[]) => v.parse(v.array(SimEventSchema), xs);

describe('liquid events in the fold', () => {
  it('reports once per day boundary, with fees, and the same world whether a day is stepped at once or by epochs', () => {
    const events = ev([
      { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '40' },
      { type: 'AdvanceTime', days: 2 },
    ]);
    const a = fold(base(), events).world;
    const byEpochs = fold(
      base(),
      ev([
        { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '40' },
        ...Array.from({ length: 450 }, () => ({ type: 'AdvanceTime', epochs: 1 })),
      ]),
    ).world;
    expect(a.liquid.lido.lido.lastReportEpoch).toBe(450);
    expect(a.liquid.rocket.rp.lastReportEpoch).toBe(450);
    expect(toJSON(a.liquid)).toBe(toJSON(byEpochs.liquid));
    expect(toJSON(a.ledger)).toBe(toJSON(byEpochs.ledger));
    // Rewards were earned and the fee minted.
    expect(stEthBalance(a, 'lido', 'holder:bob')).toBeGreaterThan(E(64));
    expect(stEthBalance(a, 'lido', 'lido:lido:treasury')).toBeGreaterThan(0n);
    expect(a.liquid.rocket.rp.totalEthBalance).toBeGreaterThan(E(24));
  });

  it('a request and claim through events: the queue pays after the next report', () => {
    const { world } = fold(
      base(),
      ev([
        { type: 'LidoRequestWithdrawal', holder: 'bob', pool: 'lido', amount: '10' },
        { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '20' },
        { type: 'AdvanceTime', days: 1 },
        { type: 'LidoClaim', holder: 'bob', pool: 'lido', request: 1 },
      ]),
    );
    expect(world.liquid.lido.lido.requests['1'].status).toBe('claimed');
    expect(world.ledger.assets.ETH.balances.get('holder:bob')).toBe(E(20));
  });

  it('refuses with a sentence that says what to do', () => {
    const { world } = initWorld(base());
    const w = cloneWorld(world);
    expect(() => apply(w, { type: 'LidoSubmit', holder: 'alice', pool: 'nope', amount: '1' })).toThrow(RefusedEvent);
    expect(() => apply(w, { type: 'LidoSubmit', holder: 'alice', pool: 'nope', amount: '1' })).toThrow(
      /no Lido-like pool "nope"; use one of: lido/,
    );
    expect(() => apply(w, { type: 'LidoClaim', holder: 'bob', pool: 'lido', request: '7' })).toThrow(
      /no withdrawal request #7/,
    );
    expect(() => apply(w, { type: 'LidoSubmit', holder: 'zed', pool: 'lido', amount: '1' })).toThrow(/no holder "zed"/);
    // A refused event leaves the world as it was.
    expect(toJSON(w)).toBe(toJSON(world));
  });

  it('rejects malformed scenario sections with the JSON path', () => {
    const bad = v.safeParse(ScenarioSchema, {
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'x',
      liquid: {
        lido: [{ id: 'p', operators: ['a'], validators: [{ id: 'v', operator: 'b' }] }],
        rocket: [{ id: 'p', rplPriceEth: '1', nodes: [] }],
      },
    });
    expect(bad.success).toBe(false);
    const messages = bad.issues!.map((i) => `${v.getDotPath(i)}: ${i.message}`);
    expect(
      messages.some((m) => m.includes('liquid.lido.0.validators') && m.includes('must be listed in "operators"')),
    ).toBe(true);
    const dup = v.safeParse(ScenarioSchema, {
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'x',
      liquid: { lido: [{ id: 'p', operators: ['a'] }], rocket: [{ id: 'p', rplPriceEth: '1', nodes: [] }] },
    });
    expect(dup.issues!.map((i) => i.message)).toContain('pool ids must be unique across "lido" and "rocket"');
    const low = v.safeParse(ScenarioSchema, {
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'x',
      liquid: {
        rocket: [{ id: 'r', rplPriceEth: '1', nodes: [{ id: 'n' }], minipools: [{ id: 'm', node: 'n', bond: '4' }] }],
      },
    });
    expect(low.issues!.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toContain(
      'liquid.rocket.0.minipools.0.bond: must be "16" (a 16-ETH minipool) or "8" (an LEB8, 24 ETH matched)',
    );
  });

  it('applyEvent is used by the fold (sanity: the submit trace speaks of shares)', () => {
    const { world } = initWorld(base());
    const steps = applyEvent(world, ev([{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '1' }])[0]);
    expect(steps[0].text).toBe(
      "alice stakes 1 ETH in Lido and receives 1 shares, a balance of 1 stETH; the ether waits in the pool's buffer.",
    );
  });
});
