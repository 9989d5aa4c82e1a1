/**
 * Issue 13 item 4: a pool's node operators and minipools are named in every sentence, never shown by id. A Lido-like
 * pool's operator may be given as `{ "id", "name" }` (or a bare id, then its name); a Rocket-like pool's node is
 * named by the holder who runs it, a minipool as its validator's card names it ("Minipool 1",
 * engine/accountNames.ts validatorName).
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ScenarioSchema } from '../../../src/engine/scenario/schema';
import { accountName, poolOperatorName, validatorOperatorName } from '../../../src/engine/accountNames';
import { renderEnglish as render } from '../../../src/engine/messages/english';
import { apply, world } from './helpers';

const lidoWorld = () =>
  world({
    holders: [{ id: 'alice', name: 'Alice', balances: { ETH: '64' } }],
    liquid: { lido: [{ id: 'lido', name: 'Pool', operators: [{ id: 'blue', name: 'Blue Staking' }, 'green'] }] },
  });

describe("a Lido-like pool's operators by name", () => {
  it('reads an operator given as an id and a name, or as a bare id', () => {
    const w = lidoWorld();
    expect(w.liquid.lido.lido.operators).toEqual(['blue', 'green']);
    expect(poolOperatorName(w, 'lido', 'blue')).toBe('Blue Staking');
    expect(poolOperatorName(w, 'lido', 'green')).toBe('green');
    const account = accountName(w, 'lido:lido:operator:blue');
    expect(typeof account === 'string' ? account : render(account)).toBe("Pool's operator Blue Staking");
  });

  it('refuses a validator whose operator is not listed, named or not', () => {
    const bad = {
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'x',
      holders: [],
      liquid: { lido: [{ id: 'p', operators: [{ id: 'a', name: 'A' }], validators: [{ id: 'v', operator: 'b' }] }] },
    };
    expect(v.safeParse(ScenarioSchema, bad).success).toBe(false);
    bad.liquid.lido[0].validators[0].operator = 'a';
    expect(v.safeParse(ScenarioSchema, bad).success).toBe(true);
  });

  it('names the operator a deposit goes to, and who runs the new validator', () => {
    const w = lidoWorld();
    // Operators take turns (deposits.ts round-robin): the first 32 ETH goes to blue, the next to green.
    const first = apply(w, { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '32' });
    expect(first.map((s) => s.text)).toContain(
      'Pool deposits 32 ETH from its buffer into a new validator, Validator 1, run by the operator Blue Staking; until the oracle sees it, it counts as transient ether, so stETH balances do not change.',
    );
    const second = apply(w, { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '32' });
    expect(second.find((s) => s.kind === 'lido.deposit')?.text).toMatch(/Validator 2, run by the operator green;/);
    expect(validatorOperatorName(w, w.liquid.lido.lido.validators[0])).toBe('Blue Staking');
  });
});

describe("a Rocket-like pool's node and minipools by name", () => {
  // Nina runs Minipool 1 from genesis; her 16 ETH bond and the deposit pool's 16 ETH make a second 32 ETH one
  // (pool.ts createMinipool). Dave's 32 rETH stand for Minipool 1's 16 ETH of users' capital and the deposit pool's 16.
  const rocketWorld = () =>
    world({
      holders: [
        { id: 'nina', name: 'Nina', balances: { ETH: '16' } },
        { id: 'dave', name: 'Dave', balances: {} },
      ],
      liquid: {
        rocket: [
          {
            id: 'rp',
            name: 'Rocket',
            rplPriceEth: '0.01',
            depositPoolEth: '16',
            nodes: [{ id: 'nina-node', holder: 'nina', rpl: '160' }],
            minipools: [{ id: 'mp1', node: 'nina-node', bond: '16' }],
            rethHolders: [{ holder: 'dave', reth: '32' }],
          },
        ],
      },
    });

  it('says "Nina opens Minipool 2", not "Node nina-node opens minipool mp2"', () => {
    const w = rocketWorld();
    const steps = apply(w, {
      type: 'RocketCreateMinipool',
      pool: 'rp',
      node: 'nina-node',
      minipool: 'mp2',
      bond: '16',
    });
    const text = steps.map((s) => s.text).join('\n');
    expect(text).toContain(
      "Nina opens Minipool 2 with a 16 ETH bond; 16 ETH of rETH holders' ether is matched to it and the 32 ETH goes to a new validator.",
    );
    expect(text).toContain('Minipool 2 of Rocket deposits 32 ETH for a new validator Minipool 2.');
    expect(text).not.toMatch(/nina-node|mp2/);
    const exit = apply(w, { type: 'RocketExitMinipool', pool: 'rp', minipool: 'mp1' });
    expect(exit[0].text).toBe(
      'Nina asks Minipool 1 to exit; once withdrawn, its balance is split between the node operator and the rETH holders.',
    );
    expect(() => apply(w, { type: 'RocketExitMinipool', pool: 'rp', minipool: 'mp1' })).toThrow(
      /^Minipool 1 is already exiting$/,
    );
    // A refusal keeps the id the learner typed where it is what they must change.
    expect(() => apply(w, { type: 'RocketExitMinipool', pool: 'rp', minipool: 'mp9' })).toThrow(
      'Rocket has no minipool "mp9"',
    );
    // The engine's refusals name the minipool too (ethereum/exits.ts voluntaryExitProblem): Minipool 2 was just
    // deposited, so it is not active and cannot exit yet (ELE process_voluntary_exit: is_active_validator).
    expect(() => apply(w, { type: 'RocketExitMinipool', pool: 'rp', minipool: 'mp2' })).toThrow(
      /^Minipool 2 is not active yet \(it is still in the deposit queue\); only an active validator can exit\.$/,
    );
    const node = accountName(w, 'rocket:rp:node:nina-node');
    expect(typeof node === 'string' ? node : render(node)).toBe("Nina's node in Rocket");
  });
});
