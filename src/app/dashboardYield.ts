/**
 * Each holder's yield so far, from the ledger movements in the traces (never estimated):
 *   staking rewards  credits with a reward reason ('reward', 'reward:proposer', ...) from the chain or liquid layer
 *   AVS rewards      credits with a reward reason from the service or restaking layer
 *   fees             fee/commission paid (debits) minus fee/commission received (credits), as a cost
 *   losses           debits with a 'slash…' or 'penalty…' reason
 * on the accounts the holder owns: `holder:<id>`, their own validators (`eth:validator:<v>` whose owner is the
 * holder) and their EigenPod. Stake the holder owns through pooled tokens (stETH, rETH, LRTs, restaked shares,
 * vault shares) earns and loses through the token's rate, not through movements on the holder's accounts: that
 * part is `viaTokens`, the change in the holder's value over each event less the direct movements above, split
 * into gains and losses event by event (it also holds trades and rounding dust, so it is labelled as such).
 */
import { holderAccount, type World } from '../engine/world';
import type { TraceStep } from '../engine/trace';
import type { Movement } from '../engine/ledger/ledger';

export interface YieldBreakdown {
  holder: string;
  stakingRewards: bigint;
  avsRewards: bigint;
  /** Net fees paid (positive = a cost). */
  fees: bigint;
  /** Slashing and penalties taken from the holder's own accounts (positive = a loss). */
  losses: bigint;
  /** Value gained through token rates (and trades) over events where the holder's value rose beyond movements. */
  viaTokensGain: bigint;
  /** Value lost the same way (positive = a loss). */
  viaTokensLoss: bigint;
  /** stakingRewards + avsRewards − fees − losses + viaTokensGain − viaTokensLoss. */
  net: bigint;
}

/** The ledger accounts that are the holder's own. */
export function ownedAccounts(world: World, holder: string): Set<string> {
  const out = new Set([holderAccount(holder), `eigen:pod:${holder}`]);
  for (const v of Object.values(world.ethereum?.validators ?? {}))
    if (v.owner === holder) out.add(`eth:validator:${v.id}`);
  return out;
}

type Direct = Pick<YieldBreakdown, 'stakingRewards' | 'avsRewards' | 'fees' | 'losses'>;

const isReward = (r: string) => r === 'reward' || (r.startsWith('reward:') && r !== 'reward:withdraw');
const isFee = (r: string) => r === 'fee' || r === 'commission' || r.startsWith('fee:');
const isLoss = (r: string) => r.startsWith('slash') || r.startsWith('penalty');

/** The direct part for one event's trace; movements between two of the holder's own accounts do not count. */
export function directYield(trace: readonly TraceStep[], owned: ReadonlySet<string>): Direct {
  const out: Direct = { stakingRewards: 0n, avsRewards: 0n, fees: 0n, losses: 0n };
  for (const step of trace) {
    for (const m of step.movements) {
      const into = m.to !== null && owned.has(m.to);
      const outOf = m.from !== null && owned.has(m.from);
      if (into === outOf) continue;
      classify(out, m, into, step.layer);
    }
  }
  return out;
}

function classify(out: Direct, m: Movement, into: boolean, layer: string): void {
  const r = m.reason;
  // Only ETH-denominated rewards and losses add up as ETH; an AVS's own token is counted by its minting layer.
  if (isReward(r) && into) {
    if (layer === 'service' || layer === 'restaking' || m.asset !== 'ETH') out.avsRewards += m.amount;
    else out.stakingRewards += m.amount;
  } else if (isFee(r)) out.fees += into ? -m.amount : m.amount;
  else if (isLoss(r) && !into) out.losses += m.amount;
}

/**
 * The breakdown over a whole log: traces[i] is the trace of event i+1, values[i] the holder's value after i events
 * (values.length = traces.length + 1). `owned` is evaluated on the final world (validators only get added).
 */
export function yieldBreakdown(
  holder: string,
  owned: ReadonlySet<string>,
  traces: readonly TraceStep[][],
  values: readonly bigint[],
): YieldBreakdown {
  return sumYield(
    holder,
    traces.map((trace) => directYield(trace, owned)),
    values,
  );
}

/**
 * The breakdown from each event's direct part (directs[i], of event i+1) and the holder's values: what the value
 * moved beyond the direct part came through the tokens they hold.
 */
export function sumYield(holder: string, directs: readonly Direct[], values: readonly bigint[]): YieldBreakdown {
  const b: YieldBreakdown = {
    holder,
    stakingRewards: 0n,
    avsRewards: 0n,
    fees: 0n,
    losses: 0n,
    viaTokensGain: 0n,
    viaTokensLoss: 0n,
    net: 0n,
  };
  directs.forEach((d, i) => {
    b.stakingRewards += d.stakingRewards;
    b.avsRewards += d.avsRewards;
    b.fees += d.fees;
    b.losses += d.losses;
    if (values.length > i + 1) {
      const rest = values[i + 1] - values[i] - (d.stakingRewards + d.avsRewards - d.fees - d.losses);
      if (rest > 0n) b.viaTokensGain += rest;
      else b.viaTokensLoss -= rest;
    }
  });
  b.net = b.stakingRewards + b.avsRewards - b.fees - b.losses + b.viaTokensGain - b.viaTokensLoss;
  return b;
}
