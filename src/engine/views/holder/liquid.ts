/**
 * Liquid staking beyond the wallet: a Rocket Pool node's claim on its running minipools (the node share the
 * contract would pay on exit, RocketMinipoolDelegate._calculateNodeShare, from the validator's balance and any
 * ether already in the minipool) and its staked RPL less the shortfalls that RPL would cover
 * (RocketNodeStaking.slashRPL); a Lido withdrawal request not yet claimed (WithdrawalQueue: the ether locked at
 * finalization, or before it min(nominal, shares at today's rate), what finalization would lock now).
 */
import { balanceOf } from '../../ledger/ledger';
import { ETH } from '../../world';
import { RPL, rocketAccount } from '../../liquid/accounts';
import { validatorBalance } from '../../staking/ethereum/api';
import { distributeBalance, GWEI_PER_RPL } from '../../liquid/rocket/distribution';
import { finalizationValue } from '../../liquid/lido/withdrawalQueue';
import { shareRate } from '../../liquid/lido/shareRate';
import type { Contribution } from './parts';

export const liquidPart: Contribution = (world, holder, account, sink) => {
  for (const p of Object.values(world.liquid.rocket)) {
    for (const [node, n] of Object.entries(p.nodes)) {
      if (n.holder !== holder) continue;
      let shortfall = 0n;
      for (const id of p.minipoolOrder) {
        const mp = p.minipools[id];
        if (!mp || mp.node !== node || mp.status === 'distributed') continue;
        const balance =
          (world.ethereum.validators[mp.validator] ? validatorBalance(world, mp.validator) : 0n) +
          balanceOf(world.ledger, ETH, rocketAccount.minipool(p.id, id));
        const split = distributeBalance({
          balance,
          nodeCapital: mp.nodeCapital,
          userCapital: mp.userCapital,
          nodeFee: p.nodeFee,
        });
        sink.add('staked', split.nodeShare);
        shortfall += split.shortfall;
      }
      const rpl = (balanceOf(world.ledger, RPL, rocketAccount.node(p.id, node)) * p.rplPrice) / GWEI_PER_RPL;
      if (rpl > shortfall) sink.add('staked', rpl - shortfall);
    }
  }
  for (const p of Object.values(world.liquid.lido)) {
    let rate: ReturnType<typeof shareRate> | null = null;
    for (const r of Object.values(p.requests)) {
      if ((r.owner !== holder && r.owner !== account) || r.status === 'claimed') continue;
      if (r.claimableEth !== null) sink.add('withdrawing', r.claimableEth);
      else sink.add('withdrawing', finalizationValue(r, (rate ??= shareRate(world, p))));
    }
  }
};
