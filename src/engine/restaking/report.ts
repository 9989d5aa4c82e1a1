/**
 * The restaking part of the headless report (`npm run simulate`): per operator its delegated stake and, per
 * operator set, what it allocates and what is slashable there; per AVS the stake it sees, the stake needed to
 * attack it, its cost of corruption (views/costOfCorruption.ts) and profit from corruption; LRT rates; shared
 * vaults; queued withdrawals and pending slash requests.
 * Amounts are gwei as decimal strings (ETH value unless an asset is named); rates and magnitudes are decimals.
 */
import type { World } from '../world';
import { totals } from '../ledger/ledger';
import { servicesSecurity } from '../views/costOfCorruption';
import { allocatedStakeByAvs, delegatedStake, setStake } from './views';
import { isRegisteredOrSlashable } from './allocations';
import { lrtBacking, lrtRate } from './lrtRate';
import { lrtAsset, setKey } from './state';
import { WAD } from './wad';
import { decimal } from '../ledger/decimal';

const wad = (x: bigint): string => decimal(x, WAD);

export function restakingReport(world: World) {
  const rs = world.restaking;
  // Per AVS: stake seen, stake needed and the exact cost of corruption, from the engine's one read-model.
  const security = new Map(servicesSecurity(world).map((s) => [s.avs, s]));
  return {
    strategies: Object.values(rs.strategies).map((s) => ({
      id: s.id,
      kind: s.kind,
      asset: s.asset,
      totalShares: s.totalShares.toString(),
    })),
    operators: Object.values(rs.operators).map((op) => {
      const byAvs = allocatedStakeByAvs(world, op.id);
      return {
        id: op.id,
        name: op.name,
        delegated: delegatedStake(world, op.id).toString(),
        strategies: Object.fromEntries(
          Object.entries(op.strategies).map(([id, s]) => [
            id,
            { shares: s.shares.toString(), maxMagnitude: wad(s.maxMagnitude), encumberedMagnitude: wad(s.encumbered) },
          ]),
        ),
        sets: Object.entries(op.sets).map(([key, reg]) => {
          const cut = key.lastIndexOf('/');
          const avs = key.slice(0, cut);
          const set = Number(key.slice(cut + 1));
          const strategies = rs.avss[avs]?.sets[String(set)]?.strategies ?? [];
          return {
            set: key,
            registered: reg.registered,
            slashableUntil: reg.slashableUntil,
            slashableNow: isRegisteredOrSlashable(world, op.id, avs, set),
            allocated: Object.fromEntries(
              strategies.flatMap((st) => {
                const a = rs.allocations[`${op.id}|${setKey(avs, set)}|${st}`];
                return a
                  ? [
                      [
                        st,
                        {
                          magnitude: wad(a.magnitude),
                          pending: a.pendingDiff === 0n ? null : wad(a.pendingDiff),
                          effectEpoch: a.effectEpoch,
                        },
                      ],
                    ]
                  : [];
              }),
            ),
            slashable: setStake(world, op.id, avs, set).toString(),
          };
        }),
        slashableByAvs: Object.fromEntries([...byAvs].filter(([, x]) => x > 0n).map(([a, x]) => [a, x.toString()])),
      };
    }),
    avss: Object.values(rs.avss).map((a) => {
      const sec = security.get(a.id)!;
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        stakeSeen: sec.stakeSeen.toString(),
        attackThreshold: decimal(a.attackThreshold[0], a.attackThreshold[1], 9),
        stakeNeeded: sec.stakeNeeded.toString(),
        costOfCorruption: sec.cost.toString(),
        costOfCorruptionExact: sec.exact,
        profitFromCorruption: a.profitFromCorruption.toString(),
        corruptionProfitable: !sec.safeAlone,
        slashing: a.slashing.map((c) => ({ fault: c.fault, fraction: wad(c.wad) })),
      };
    }),
    lrts: Object.values(rs.lrts).map((l) => {
      const r = lrtRate(world, l);
      return {
        id: l.id,
        asset: lrtAsset(l.id),
        operators: l.operators,
        supply: totals(world.ledger, lrtAsset(l.id)).total.toString(),
        backing: lrtBacking(world, l).toString(),
        rate: decimal(r.num, r.den),
      };
    }),
    vaults: Object.values(rs.vaults).map((v) => ({
      id: v.id,
      asset: v.asset,
      activeStake: v.activeStake.toString(),
      pendingWithdrawals: v.pending.toString(),
      networkLimits: Object.fromEntries(Object.entries(v.networkLimits).map(([n, x]) => [n, x.toString()])),
    })),
    withdrawals: Object.values(rs.withdrawals)
      .filter((w) => w.status !== 'completed')
      .map((w) => ({
        id: w.id,
        staker: w.staker,
        operator: w.operator,
        status: w.status,
        completableEpoch: w.completableEpoch,
      })),
    slashRequests: Object.values(rs.slashRequests).map((r) => ({
      id: r.id,
      avs: r.avs,
      set: r.set,
      operator: r.operator,
      fraction: wad(r.wad),
      status: r.status,
      executeEpoch: r.executeEpoch,
    })),
  };
}

/** Whether the scenario uses restaking at all (the report leaves the section out otherwise). */
export function hasRestaking(world: World): boolean {
  const rs = world.restaking;
  return (
    Object.keys(rs.operators).length +
      Object.keys(rs.avss).length +
      Object.keys(rs.vaults).length +
      Object.keys(rs.lrts).length +
      Object.keys(rs.stakers).length >
    0
  );
}
