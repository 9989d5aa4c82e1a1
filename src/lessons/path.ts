/**
 * The placeholder path language: a small, typed address of one engine value.
 *
 *   validator:v1.balance      an entity `kind:id` and a field (the field is the last `.` segment, so ids may
 *   avs:oracle.safe           contain dots: `validator:rp.mp1.status`)
 *   cosmos:nova.status        a validator of the Cosmos-like chain
 *   trace:eth.slash.initialPenalty      the sum of an amount over the step's trace steps of one kind
 *   trace:eth.slash[v1].count           ... restricted to steps naming an entity; `count` counts the steps
 *   moved:slash:initial.amount          the sum of ledger movements with one reason (`.count` counts them)
 *   event:EthDeposit.count              how many events of a type the step applied
 *   chain.totalActive  world.day  network.secure  const.MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA
 *
 * Parsing only checks the shape; src/lessons/resolve.ts knows which kinds and fields exist.
 */
export const ENTITY_KINDS = ['validator', 'holder', 'avs', 'operator', 'token', 'pool', 'loan', 'cosmos'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const GLOBALS = ['world', 'chain', 'network', 'const'] as const;
export type GlobalSource = (typeof GLOBALS)[number];

export type Path =
  | { source: 'entity'; kind: EntityKind; id: string; field: string }
  | { source: 'trace'; kind: string; entity: string | null; field: string }
  | { source: 'moved'; reason: string; entity: string | null; field: string }
  | { source: 'event'; type: string; field: string }
  | { source: 'global'; scope: GlobalSource; field: string };

export type PathParse = { ok: true; path: Path } | { ok: false; error: string };

const FIELD = /^[A-Za-z][A-Za-z0-9_:]*$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/;

export function parsePath(text: string): PathParse {
  const t = text.trim();
  for (const scope of GLOBALS) {
    if (t.startsWith(`${scope}.`)) {
      const field = t.slice(scope.length + 1);
      if (!FIELD.test(field)) return { ok: false, error: `"${field}" is not a field name` };
      return { ok: true, path: { source: 'global', scope, field } };
    }
  }
  const dot = t.lastIndexOf('.');
  const colon = t.indexOf(':');
  if (colon < 0 || dot < colon) {
    return {
      ok: false,
      error: `"${t}" is not a path: write kind:id.field (validator:v1.balance), trace:<kind>.<amount>, moved:<reason>.amount, event:<Type>.count or ${GLOBALS.map((g) => `${g}.<field>`).join(', ')}`,
    };
  }
  const head = t.slice(0, colon);
  let name = t.slice(colon + 1, dot);
  const field = t.slice(dot + 1);
  if (!FIELD.test(field)) return { ok: false, error: `"${field}" is not a field name` };
  let entity: string | null = null;
  const filter = /^(.*)\[([^\]]+)\]$/.exec(name);
  if (filter) {
    name = filter[1];
    entity = filter[2];
  }
  if (!NAME.test(name)) return { ok: false, error: `"${name}" is not a valid name in "${t}"` };
  if (entity !== null && head !== 'trace' && head !== 'moved') {
    return { ok: false, error: `only trace: and moved: paths take an [entity] filter ("${t}")` };
  }
  if (head === 'trace') return { ok: true, path: { source: 'trace', kind: name, entity, field } };
  if (head === 'moved') return { ok: true, path: { source: 'moved', reason: name, entity, field } };
  if (head === 'event') return { ok: true, path: { source: 'event', type: name, field } };
  if ((ENTITY_KINDS as readonly string[]).includes(head)) {
    return { ok: true, path: { source: 'entity', kind: head as EntityKind, id: name, field } };
  }
  return {
    ok: false,
    error: `"${head}" is not a kind of thing a path can read (one of ${[...ENTITY_KINDS, 'trace', 'moved', 'event'].join(', ')})`,
  };
}
