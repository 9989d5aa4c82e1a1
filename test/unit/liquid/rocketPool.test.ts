/** The Rocket-Pool-like pool in a world: waterfall into the ledger, RPL auction, rate reports, deposits, burns. */
import { describe, expect, it } from 'vitest';
import { balanceOf, mint, totals } from '../../../src/engine/ledger/ledger';
import { liquidModule } from '../../../src/engine/liquid/module';
import { distributeWithdrawn, reportBalances, depositForReth, burnReth } from '../../../src/engine/liquid/rocket/pool';
import { ethPerToken, rEthAsset, rocketAccount, RPL, tokenEthValue } from '../../../src/engine/liquid/api';
import { apply, ctxOf, E, setValidatorBalance, withdrawValidator, world } from './helpers';

const H = (id: string, eth = '0') => ({ id, balances: { ETH: eth } });

function pool() {
  return world({
    holders: [H('carol'), H('dave'), H('eve', '100')],
    liquid: {
      rocket: [
        {
          id: 'rp',
          name: 'Rocket',
          rplPriceEth: '0.01',
          nodes: [{ id: 'n1', holder: 'carol', rpl: '160' }],
          minipools: [
            { id: 'mp1', node: 'n1', bond: '16' },
            { id: 'mp2', node: 'n1', bond: '8' },
          ],
          // 16 + 24 ETH of users' capital behind 40 rETH: rate 1.
          rethHolders: [{ holder: 'dave', reth: '40' }],
        },
      ],
    },
  });
}

describe('Rocket-Pool-like pool', () => {
  it("starts at the rate its users' ether gives, each minipool one validator paying to its own account", () => {
    const w = pool();
    expect(ethPerToken(w, 'rETH:rp')).toEqual({ num: E(40), den: E(40) });
    expect(w.ethereum.validators['rp.mp1'].withdrawalAccount).toBe('rocket:rp:minipool:mp1');
    expect(w.liquid.rocket.rp.minipools.mp2).toMatchObject({
      nodeCapital: E(8),
      userCapital: E(24),
      status: 'staking',
    });
  });

  it('exit at 28: the node gets 12 ETH (its bond took the 4 ETH loss), the rETH contract 16', () => {
    const w = pool();
    setValidatorBalance(w, 'rp.mp1', E(28));
    withdrawValidator(w, 'rp.mp1');
    const p = w.liquid.rocket.rp;
    distributeWithdrawn(ctxOf(w), p);
    expect(balanceOf(w.ledger, 'ETH', 'holder:carol')).toBe(E(12));
    expect(balanceOf(w.ledger, 'ETH', rocketAccount.reth('rp'))).toBe(E(16));
    expect(p.minipools.mp1.status).toBe('distributed');
    reportBalances(ctxOf(w), p);
    expect(tokenEthValue(w, 'rETH:rp', E(1))).toBe(E(1)); // the users lost nothing
  });

  it('exit at 10 with 1.6 ETH-worth of RPL: RPL slashed and auctioned for 1.6 ETH, 4.4 ETH socialised in the rate', () => {
    const w = pool();
    setValidatorBalance(w, 'rp.mp1', E(10));
    withdrawValidator(w, 'rp.mp1');
    const p = w.liquid.rocket.rp;
    const ctx = ctxOf(w);
    distributeWithdrawn(ctx, p);
    expect(balanceOf(w.ledger, 'ETH', 'holder:carol')).toBe(0n);
    expect(balanceOf(w.ledger, RPL, rocketAccount.node('rp', 'n1'))).toBe(0n);
    expect(balanceOf(w.ledger, RPL, rocketAccount.auction('rp'))).toBe(E(160));
    expect(balanceOf(w.ledger, 'ETH', rocketAccount.deposits('rp'))).toBe(E('1.6'));
    expect(totals(w.ledger, 'ETH').minted).toBe(E('1.6')); // the bidders' ether entering the world
    expect(p.minipools.mp1.distribution).toMatchObject({
      shortfall: E(6),
      rplSlashed: E(160),
      ethFromRpl: E('1.6'),
      socialised: E('4.4'),
    });
    expect(ctx.trace.steps.map((s) => s.kind)).toEqual([
      'rocket.minipool.distribute',
      'rocket.rpl.slash',
      'rocket.loss.socialised',
    ]);
    reportBalances(ctxOf(w), p);
    // 10 + 1.6 + 24 (mp2, still running) = 35.6 ETH behind 40 rETH: 4.4 ETH socialised -> 0.89 ETH per rETH.
    expect(p.totalEthBalance).toBe(E('35.6'));
    expect(tokenEthValue(w, 'rETH:rp', E(1))).toBe(E('0.89'));
    liquidModule.check!(w);
  });

  it('rate 128 -> 160: deposits and burns at the reported rate (1 rETH = 1.25 ETH, 10 rETH -> 12.5 ETH)', () => {
    const w = world({
      holders: [H('dave'), H('eve', '100')],
      liquid: {
        rocket: [
          {
            id: 'rp',
            rplPriceEth: '0.01',
            nodes: [],
            depositPoolEth: '128',
            rethHolders: [{ holder: 'dave', reth: '128' }],
          },
        ],
      },
    });
    const p = w.liquid.rocket.rp;
    // 32 ETH of users' rewards arrive in the rETH contract (stand-in for exited minipools' reward shares).
    mint(w.ledger, 'ETH', rocketAccount.reth('rp'), E(32), 'test:reward');
    expect(tokenEthValue(w, 'rETH:rp', E(1))).toBe(E(1)); // not reported yet
    reportBalances(ctxOf(w), p);
    expect(tokenEthValue(w, 'rETH:rp', E(1))).toBe(E('1.25'));
    expect(depositForReth(ctxOf(w), p, 'eve', E('12.5'))).toBe(E(10));
    expect(burnReth(ctxOf(w), p, 'dave', E(10))).toBe(E('12.5'));
    expect(balanceOf(w.ledger, 'ETH', 'holder:dave')).toBe(E('12.5'));
    expect(balanceOf(w.ledger, rEthAsset('rp'), 'holder:eve')).toBe(E(10));
    liquidModule.check!(w);
  });

  it("refuses a burn beyond the pool's liquidity and a minipool the deposit pool cannot match", () => {
    const w = pool();
    expect(() => apply(w, { type: 'RocketBurn', holder: 'dave', pool: 'rp', amount: '1' })).toThrow(
      /only 0 ETH of liquidity/,
    );
    expect(() =>
      apply(w, { type: 'RocketCreateMinipool', pool: 'rp', node: 'n1', minipool: 'mp3', bond: '16' }),
    ).toThrow(/^carol has only 0 ETH for the 16 ETH bond$/); // the node is named by the holder who runs it
  });

  it('opens a minipool from a node bond plus matched deposits', () => {
    const w = pool();
    apply(w, { type: 'RocketDeposit', holder: 'eve', pool: 'rp', amount: '24' });
    w.liquid.rocket.rp.nodes.n1.holder = 'eve';
    apply(w, { type: 'RocketCreateMinipool', pool: 'rp', node: 'n1', minipool: 'mp3', bond: '8' });
    const mp = w.liquid.rocket.rp.minipools.mp3;
    expect(mp).toMatchObject({ nodeCapital: E(8), userCapital: E(24), status: 'staking', validator: 'rp.mp3' });
    expect(balanceOf(w.ledger, 'ETH', 'holder:eve')).toBe(E(68));
    expect(balanceOf(w.ledger, 'ETH', rocketAccount.deposits('rp'))).toBe(0n);
    expect(w.ethereum.validators['rp.mp3'].status).toBe('deposited');
  });

  it('through the chain: an exited minipool is distributed once withdrawn, by the contract waterfall', () => {
    const w = pool();
    apply(w, { type: 'RocketExitMinipool', pool: 'rp', minipool: 'mp1' });
    expect(w.liquid.rocket.rp.minipools.mp1.status).toBe('exiting');
    expect(w.ethereum.validators['rp.mp1'].status).toBe('exiting');
    for (let day = 0; day < 5 && w.liquid.rocket.rp.minipools.mp1.status !== 'distributed'; day++)
      apply(w, { type: 'AdvanceTime', days: 1 });
    const d = w.liquid.rocket.rp.minipools.mp1.distribution!;
    expect(w.liquid.rocket.rp.minipools.mp1.status).toBe('distributed');
    expect(d.balance).toBeGreaterThan(E(32)); // it earned a little before exiting
    expect(d.nodeShare + d.userShare).toBe(d.balance);
    expect(balanceOf(w.ledger, 'ETH', 'holder:carol')).toBe(d.nodeShare);
    expect(w.liquid.rocket.rp.lastReportEpoch).toBe(w.epoch - (w.epoch % 225));
  });
});
