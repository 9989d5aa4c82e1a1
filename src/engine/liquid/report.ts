/**
 * The liquid staking part of the headless report (`npm run simulate`): per Lido-like pool its pooled ether,
 * shares, share rate and withdrawal queue; per Rocket-Pool-like pool its balance, rETH supply and rate, and its
 * minipools. Amounts are gwei as decimal strings.
 */
import type { World } from '../world';
import { formatEth } from '../ledger/amount';
import { shareRate, getPooledEthByShares } from './lido/shareRate';
import { getEthValue, reportedRate } from './rocket/exchangeRate';

export function liquidReport(world: World): unknown {
  const lido = Object.fromEntries(
    Object.values(world.liquid.lido).map((p) => {
      const rate = shareRate(world, p);
      return [
        p.id,
        {
          totalPooledEther: rate.totalPooledEther.toString(),
          totalShares: rate.totalShares.toString(),
          stEthPerShare: formatEth(getPooledEthByShares(1_000_000_000n, rate)),
          clBalance: p.clBalance.toString(),
          validators: p.validators,
          requests: p.queue.map((id) => ({
            ...p.requests[id],
            amountOfStETH: p.requests[id].amountOfStETH.toString(),
            shares: p.requests[id].shares.toString(),
            claimableEth: p.requests[id].claimableEth?.toString() ?? null,
          })),
        },
      ];
    }),
  );
  const rocket = Object.fromEntries(
    Object.values(world.liquid.rocket).map((p) => [
      p.id,
      {
        totalEthBalance: p.totalEthBalance.toString(),
        rethSupply: p.rethSupply.toString(),
        ethPerReth: formatEth(getEthValue(1_000_000_000n, reportedRate(p))),
        rplPriceEth: formatEth(p.rplPrice),
        minipools: p.minipoolOrder.map((id) => ({
          id,
          node: p.minipools[id].node,
          status: p.minipools[id].status,
          validator: p.minipools[id].validator,
        })),
      },
    ]),
  );
  return { lido, rocket };
}
