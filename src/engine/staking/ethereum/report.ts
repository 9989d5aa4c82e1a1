/** The chain's part of the headless report: every tracked validator's state and the network aggregates. */
import { balanceOf } from '../../ledger/ledger';
import { ETH, type World } from '../../world';
import { isActive } from './network';
import { validatorAccount } from './state';

export function ethereumReport(world: World) {
  const s = world.ethereum;
  return {
    backgroundStake: s.backgroundStake.toString(),
    finality: s.finalityStalledSince === null ? 'ok' : `stalled since epoch ${s.finalityStalledSince}`,
    validators: s.order.map((id) => {
      const v = s.validators[id];
      return {
        id,
        status: v.status,
        slashed: v.slashed,
        active: isActive(v, world.epoch),
        online: v.online,
        balance: balanceOf(world.ledger, ETH, validatorAccount(id)).toString(),
        effectiveBalance: v.effectiveBalance.toString(),
        owner: v.owner,
        operator: v.operator,
        inactivityScore: v.inactivityScore,
        activationEpoch: v.activationEpoch,
        exitEpoch: v.exitEpoch,
        withdrawableEpoch: v.withdrawableEpoch,
        slashedEpoch: v.slashedEpoch,
      };
    }),
  };
}
