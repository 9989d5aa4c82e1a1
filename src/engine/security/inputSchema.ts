/**
 * Input files for the security analysis (valibot schemas), read with exact numbers (exactJson.ts):
 *
 * 1. A restaking graph:
 *      {"validators":[{"id","stake"}], "services":[{"id","profit","threshold"}], "edges":[["v","j"], ...]}
 *    Numbers are JSON numbers or strings: decimals ("12.5", "1e-3") or ratios ("1/3").
 * 2. A scenario file ({"format": "restaking-lab/scenario", ...}). Until the scenario's restaking section is
 *    mapped by its owner, the analysis reads a top-level "network" object: a RestakingNetworkView written in
 *    JSON with amounts as decimal ETH strings (at most 9 decimals: gwei) —
 *      {"model"?: "unique"|"pooled"|"sharedVault",
 *       "operators":[{"id","stake"}], "services":[{"id","profit","threshold"}],
 *       "allocations":[{"operator","service","magnitude"}],          magnitude: fraction of stake, "0.5" or "1/3"
 *       "vaults"?:[{"id","activeStake","networkLimits":[{"service","limit"}],
 *                   "operatorShares":[{"service","operator","shares"}]}]}
 *    The model defaults to the scenario's "securityModel", then "unique".
 *
 * Every problem comes back as one issue with a JSON path ($.validators[2].stake) and a plain message.
 */
import * as v from 'valibot';
import { parseEth } from '../ledger/amount';
import { ExactNumber } from './exactJson';
import type { RestakingNetworkView, SecurityModel } from './fromNetwork';
import { WAD } from '../restaking/wad';
import { type RestakingGraph, validateGraph } from './graph';
import { parseRational, type Rational } from './rational';

export const SCENARIO_FORMAT = 'restaking-lab/scenario';

const text = (x: unknown): string => (x instanceof ExactNumber ? x.text : String(x));

const NumberLike = v.union(
  [v.instance(ExactNumber), v.string(), v.number()],
  'must be a number: a JSON number, or a string with a decimal ("12.5") or a ratio ("1/3")',
);

const Num = v.pipe(
  NumberLike,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const r = parseRational(text(dataset.value));
    if (!r) {
      addIssue({
        message: `"${text(dataset.value)}" is not a number (use a decimal like "12.5" or a ratio like "1/3")`,
      });
      return NEVER;
    }
    return r;
  }),
);

const Id = v.pipe(
  v.union([v.string(), v.instance(ExactNumber)], 'must be an id (a string)'),
  v.transform((x: string | ExactNumber): string => text(x)),
  v.minLength(1, 'must not be empty'),
);

export const GraphFileSchema = v.object({
  validators: v.array(v.object({ id: Id, stake: Num }), 'must be an array of {"id", "stake"}'),
  services: v.array(
    v.object({ id: Id, profit: Num, threshold: Num }),
    'must be an array of {"id", "profit", "threshold"}',
  ),
  edges: v.array(
    v.tuple([Id, Id], 'must be a pair ["validator id", "service id"]'),
    'must be an array of ["validator id", "service id"] pairs',
  ),
});

/** decimal ETH → gwei, exactly */
const Eth = v.pipe(
  NumberLike,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      const gwei = parseEth(text(dataset.value));
      if (gwei < 0n) {
        addIssue({ message: 'must not be negative' });
        return NEVER;
      }
      return gwei;
    } catch (e) {
      addIssue({ message: `${(e as Error).message.replace(/^"/, '"')} (amounts are decimal ETH, at most 9 decimals)` });
      return NEVER;
    }
  }),
);

/** a fraction in [0, 1] → wad (floor, as magnitudes are integers) */
const Magnitude = v.pipe(
  Num,
  v.check((r: Rational) => r.n >= 0n && r.n <= r.d, 'must be a fraction between 0 and 1'),
  v.transform((r: Rational) => (r.n * WAD) / r.d),
);

const Shares = v.pipe(
  Num,
  v.check((r: Rational) => r.n >= 0n, 'must not be negative'),
  v.transform((r: Rational) => (r.n * WAD) / r.d),
);

const Model = v.picklist(['unique', 'pooled', 'sharedVault'], 'must be "unique", "pooled" or "sharedVault"');

export const NetworkSchema = v.object({
  model: v.optional(Model),
  operators: v.array(v.object({ id: Id, stake: Eth })),
  services: v.array(v.object({ id: Id, profit: Eth, threshold: Num })),
  allocations: v.optional(v.array(v.object({ operator: Id, service: Id, magnitude: Magnitude })), []),
  vaults: v.optional(
    v.array(
      v.object({
        id: Id,
        activeStake: Eth,
        networkLimits: v.array(v.object({ service: Id, limit: Eth })),
        operatorShares: v.array(v.object({ service: Id, operator: Id, shares: Shares })),
      }),
    ),
  ),
});

export const ScenarioWithNetworkSchema = v.object({
  format: v.literal(SCENARIO_FORMAT),
  securityModel: v.optional(Model),
  network: v.pipe(
    v.unknown(),
    v.check(
      (x) => x !== undefined,
      'is missing: the scenario needs a "network" object to analyse (see docs/security-analysis.md)',
    ),
  ),
});

export interface InputIssue {
  path: string;
  message: string;
}

export type AnalysisInput =
  | { kind: 'graph'; graph: RestakingGraph }
  | { kind: 'network'; view: RestakingNetworkView }
  | { kind: 'error'; issue: InputIssue };

/** JSON path of a valibot issue: $.services[2].threshold */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = '$'): string {
  let p = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    p +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${JSON.stringify(key)}]`;
  }
  return p;
}

/** The first issue, with a path and a plain message. */
function firstIssue(issues: readonly v.BaseIssue<unknown>[], prefix = '$'): InputIssue {
  const issue = issues[0];
  // valibot words a missing property as 'Invalid key: Expected "stake" but received undefined'
  const message = issue.message.startsWith('Invalid key')
    ? 'is missing'
    : issue.message.replace(/^Invalid type: /, 'wrong type: ');
  return { path: issuePath(issue, prefix), message };
}

export function readAnalysisInput(json: unknown): AnalysisInput {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'error', issue: { path: '$', message: 'must be a JSON object: a restaking graph or a scenario' } };
  }
  const obj = json as Record<string, unknown>;
  if ('format' in obj) {
    const f = obj.format;
    if (f !== SCENARIO_FORMAT)
      return {
        kind: 'error',
        issue: { path: '$.format', message: `must be "${SCENARIO_FORMAT}" for a scenario file` },
      };
    const sc = v.safeParse(ScenarioWithNetworkSchema, obj);
    if (!sc.success) return { kind: 'error', issue: firstIssue(sc.issues) };
    const net = v.safeParse(NetworkSchema, obj.network);
    if (!net.success) return { kind: 'error', issue: firstIssue(net.issues, '$.network') };
    const n = net.output;
    const model: SecurityModel = n.model ?? sc.output.securityModel ?? 'unique';
    const view: RestakingNetworkView = {
      model,
      operators: n.operators.map((o) => ({ id: o.id, stakeGwei: o.stake })),
      services: n.services.map((s) => ({ id: s.id, profitGwei: s.profit, threshold: s.threshold })),
      allocations: n.allocations.map((a) => ({ operator: a.operator, service: a.service, magnitudeWad: a.magnitude })),
      vaults: n.vaults?.map((vault) => ({
        id: vault.id,
        activeStakeGwei: vault.activeStake,
        networkLimits: vault.networkLimits.map((l) => ({ service: l.service, limitGwei: l.limit })),
        operatorShares: vault.operatorShares.map((s) => ({
          service: s.service,
          operator: s.operator,
          shares: s.shares,
        })),
      })),
    };
    return { kind: 'network', view };
  }
  const r = v.safeParse(GraphFileSchema, obj);
  if (!r.success) return { kind: 'error', issue: firstIssue(r.issues) };
  const graph: RestakingGraph = {
    validators: r.output.validators,
    services: r.output.services,
    edges: r.output.edges as [string, string][],
  };
  const problems = validateGraph(graph);
  if (problems.length) return { kind: 'error', issue: problems[0] };
  return { kind: 'graph', graph };
}
