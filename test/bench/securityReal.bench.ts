/**
 * npx tsx test/bench/securityReal.bench.ts [runs]
 *
 * The real-network scenario (public/scenarios/real-network-2024-10.json) under unique stake: mapping + exact
 * analysis, 1 cold call then `runs` warm calls (median), with a per-stage breakdown of the warm calls. Wired to
 * no npm script (issue 4's goal: exact in under 100 ms warm).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/engine/security/analyze';
import { worldGraph } from '../../src/engine/security/fromWorld';
import { parseScenario } from '../../src/engine/scenario/validate';
import { fold } from '../../src/engine/sim';

const runs = Number(process.argv[2] ?? 10);
const parsed = parseScenario(
  JSON.parse(readFileSync(new URL('../../public/scenarios/real-network-2024-10.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error('real-network scenario does not parse');
const world = fold(parsed.value).world;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// CPU time of this process too: on a shared 2-core machine wall time includes waiting for the CPU
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const map: number[] = [];
const an: number[] = [];
const cpus: number[] = [];
let report: ReturnType<typeof analyze> | undefined;
for (let i = 0; i <= runs; i++) {
  const c0 = cpu();
  const t0 = performance.now();
  const { graph } = worldGraph(world, 'unique');
  const t1 = performance.now();
  report = analyze(graph);
  const t2 = performance.now();
  cpus.push(cpu() - c0);
  map.push(t1 - t0);
  an.push(t2 - t1);
}
const tot = map.map((m, i) => m + an[i]);
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(
  `cold: map ${map[0].toFixed(1)} + analyze ${an[0].toFixed(1)} = ${tot[0].toFixed(1)} ms (cpu ${cpus[0].toFixed(1)} ms)`,
);
console.log(
  `warm median of ${runs}: map ${median(map.slice(1)).toFixed(1)} + analyze ${median(an.slice(1)).toFixed(1)} = ${median(tot.slice(1)).toFixed(1)} ms ` +
    `(min ${Math.min(...tot.slice(1)).toFixed(1)}, max ${Math.max(...tot.slice(1)).toFixed(1)}; cpu median ${median(cpus.slice(1)).toFixed(1)} ms)`,
);
if (process.env.SHOW_REPORT) console.log(JSON.stringify(report));
else
  console.log(
    `exact ${report!.exact} secure ${report!.secure} slack ${report!.slack} worst ${report!.worstAttack?.services.length ?? 0} AVSs`,
  );
