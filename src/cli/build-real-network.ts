/**
 * Builds public/scenarios/real-network-2024-10.json from eigenlayer-operators-2024-10.json (protofire/slalayer.xyz
 * src/static-data/operators @ e96c3db, a copy of the EigenLayer app operator API, Apache-2.0): the 473
 * EigenLayer operators with their real delegated stake (native ETH + LST shares, EIGEN excluded; LST shares were
 * about 1:1 with ETH at the time). The data has no operator -> AVS links, so the AVS assignment below is
 * ILLUSTRATIVE: each operator joins as many of ten example AVSs as its real AVS count (capped at 10), in a fixed
 * order. Run: npx tsx src/cli/build-real-network.ts [path to the data file]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/data/eigenlayer-operators-2024-10.json';
const data = JSON.parse(readFileSync(src, 'utf8')) as {
  operators: { address: string; name: string | null; numAvs: number; shares: Record<string, string> }[];
};

const WEI_PER_GWEI = 1_000_000_000n;
const toEth = (gwei: bigint): string => {
  const whole = gwei / WEI_PER_GWEI;
  const frac = (gwei % WEI_PER_GWEI).toString().padStart(9, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
};

const AVS_NAMES: [string, string, string][] = [
  ['eigenda', 'EigenDA-like DA layer', 'data-availability'],
  ['oracle-a', 'Oracle A', 'oracle'],
  ['bridge-a', 'Bridge A', 'bridge'],
  ['sequencer-a', 'Shared sequencer', 'sequencer'],
  ['coproc-a', 'Coprocessor A', 'coprocessor'],
  ['oracle-b', 'Oracle B', 'oracle'],
  ['bridge-b', 'Bridge B', 'bridge'],
  ['keeper-a', 'Keeper network', 'keeper'],
  ['rollup-a', 'Rollup A', 'rollup'],
  ['da-b', 'DA layer B', 'data-availability'],
];

const ops = data.operators
  .map((o, i) => {
    let wei = 0n;
    for (const [token, amount] of Object.entries(o.shares)) if (token !== 'EIGEN') wei += BigInt(amount);
    return {
      id: `op${String(i + 1).padStart(3, '0')}`,
      name: (o.name ?? '').trim().slice(0, 80) || o.address,
      numAvs: o.numAvs,
      gwei: wei / WEI_PER_GWEI,
    };
  })
  .filter((o) => o.gwei > 0n);

const total = ops.reduce((a, o) => a + o.gwei, 0n);
const registrations: { operator: string; avs: string }[] = [];
const allocations: { operator: string; avs: string; strategy: string; magnitude: string }[] = [];
for (const o of ops) {
  const k = Math.min(Math.max(o.numAvs, 1), AVS_NAMES.length);
  for (const [avs] of AVS_NAMES.slice(0, k)) {
    registrations.push({ operator: o.id, avs });
    // each operator spreads 90% of its stake evenly over its AVSs (illustrative)
    allocations.push({ operator: o.id, avs, strategy: 'restaked', magnitude: `${Math.floor(900 / k)}/1000` });
  }
}

const scenario = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'Real network: EigenLayer operators, October 2024',
  description:
    `The ${ops.length} EigenLayer mainnet operators with their real delegated stake as of October 2024 (native ETH plus LST shares, EIGEN excluded; ${toEth(total)} ETH in all), each operator's stakers pooled into one holder. ` +
    'The AVS assignment is ILLUSTRATIVE: the data says how many AVSs each operator served, not which, so each operator joins that many of ten example AVSs, in a fixed order, allocating 90% of its stake evenly. Profits from corruption are illustrative too.',
  attribution:
    'Operator data: protofire/slalayer.xyz (src/static-data/operators/*.json @ e96c3db40e2bd99ed68c0dc1d7b8cc606d416e35), a copy of the EigenLayer app operator API on or before 2024-10-31, Apache-2.0 (licence text: data/eigenlayer-operators-2024-10.LICENSE.txt). Modified: joined on address, ETH-type shares summed, EIGEN excluded. AVS assignment illustrative.',
  seed: 'real-network-2024-10',
  securityModel: 'unique',
  holders: ops.map((o) => ({
    id: `s-${o.id}`,
    name: `${o.name} stakers`.slice(0, 80),
    balances: { LST: toEth(o.gwei) },
  })),
  restaking: {
    strategies: [{ id: 'restaked', asset: 'LST' }],
    operators: ops.map((o) => ({ id: o.id, name: o.name })),
    avss: AVS_NAMES.map(([id, name, kind], j) => ({
      id,
      name,
      kind,
      attackThreshold: '1/2',
      profitFromCorruption: String(20_000 * (j + 1)),
      slashing: [
        { fault: 'avs-misbehaviour', wad: '0.5' },
        { fault: 'double-sign', wad: '1' },
        { fault: 'key-compromise', wad: '1' },
        { fault: 'correlated-bug', wad: '0.1' },
      ],
    })),
    deposits: ops.map((o) => ({ holder: `s-${o.id}`, strategy: 'restaked', amount: toEth(o.gwei) })),
    delegations: ops.map((o) => ({ staker: `s-${o.id}`, operator: o.id })),
    registrations,
    allocations,
  },
  events: [],
};

writeFileSync('public/scenarios/real-network-2024-10.json', JSON.stringify(scenario, null, 1) + '\n');
console.log(`${ops.length} operators, ${toEth(total)} ETH, ${registrations.length} registrations`);
