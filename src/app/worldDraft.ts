/**
 * Building a world: adding, editing and removing the entities of a scenario's initial state (holders, validators,
 * liquid staking pools, operators, services, shared-model vaults and liquid restaking tokens). The world is `fold(scenario, events)`, and the engine has no
 * events that create entities, so a structural change is a change of the scenario itself, made here on its JSON
 * (the file format, docs/scenario-format.md) and checked by the format's own schema (parseScenario) before it is
 * kept. Plain functions over plain data; the store that keeps the history is scenarioDraft.svelte.ts.
 */
import { isReservedName } from '../engine/scenario/primitives';
import { parseScenario, pathOf, type InputIssue } from '../engine/scenario/validate';
import type { MessageKey } from './messages/en';
// its words (fields, problems) load with it, after the first view
import './messages/draft';
import { BUILD_KINDS, type BuildKind } from './buildKinds';

/** What the palette adds: graph node kinds (src/app/cards/types.ts) that a scenario defines directly. */
export { BUILD_KINDS, type BuildKind };

/** A scenario as JSON (events included): what a file holds. */
export type DraftJson = Record<string, unknown>;
type Row = Record<string, unknown>;

/**
 * An editable parameter of an entity, with the message key that names it. A vault's limit for a service is
 * `limit:<service id>`, its share for an operator on a service `share:<service id>:<operator id>` (ids never hold
 * a ":", engine/scenario/primitives.ts).
 */
export type FieldName =
  | 'name'
  | 'eth'
  | 'owner'
  | 'balance'
  | 'fee'
  | 'profit'
  | 'threshold'
  | 'slash'
  | 'asset'
  | 'strategy'
  | 'operators'
  | 'delay'
  | `limit:${string}`
  | `share:${string}:${string}`;
export interface FieldSpec {
  name: FieldName;
  label: MessageKey;
  /** Names the label's placeholders ("Limit for {service}"). */
  params?: Record<string, string>;
  /**
   * `amount`: a decimal in whole units; `fraction`: "0.5" or "1/2"; `integer`: whole basis points; `holder`,
   * `strategy`: one of the world's; `operators`: several of the world's, as ids joined by ",".
   */
  input: 'text' | 'amount' | 'fraction' | 'integer' | 'holder' | 'strategy' | 'operators';
}

export const FIELDS: Record<BuildKind, readonly FieldSpec[]> = {
  holder: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'eth', label: 'build.field.eth', input: 'amount' },
  ],
  validator: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'owner', label: 'build.field.owner', input: 'holder' },
    { name: 'balance', label: 'build.field.balance', input: 'amount' },
  ],
  lstPool: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'fee', label: 'build.field.fee', input: 'integer' },
  ],
  operator: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'delay', label: 'build.field.delay', input: 'integer' },
  ],
  avs: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'profit', label: 'build.field.profit', input: 'amount' },
    { name: 'threshold', label: 'build.field.threshold', input: 'fraction' },
    { name: 'slash', label: 'build.field.slash', input: 'fraction' },
  ],
  // and a limit per service, a share per service and operator (fieldsOf)
  vault: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'asset', label: 'build.field.asset', input: 'text' },
  ],
  lrt: [
    { name: 'name', label: 'build.field.name', input: 'text' },
    { name: 'strategy', label: 'build.field.underlying', input: 'strategy' },
    { name: 'operators', label: 'build.field.lrtOperators', input: 'operators' },
  ],
};

/**
 * Every field of an entity: its kind's, and for a vault (Symbiotic's NetworkRestakeDelegator) the limit it sets
 * each service (network) and the share it gives each operator there, one per service and operator in the world.
 */
export function fieldsOf(json: DraftJson, ref: EntityRef): FieldSpec[] {
  const fields = [...FIELDS[ref.kind]];
  if (ref.kind !== 'vault') return fields;
  for (const avs of entitiesOf(json, 'avs')) {
    fields.push({
      name: `limit:${avs.id}`,
      label: 'build.field.limit',
      params: { service: avs.name },
      input: 'amount',
    });
    for (const op of entitiesOf(json, 'operator'))
      fields.push({
        name: `share:${avs.id}:${op.id}`,
        label: 'build.field.share',
        params: { service: avs.name, operator: op.name },
        input: 'amount',
      });
  }
  return fields;
}

/** What a new entity is called before the learner names it ("Holder 1"); its id is made from this name. */
const DEFAULT_NAME: Record<BuildKind, string> = {
  holder: 'Holder',
  validator: 'Validator',
  lstPool: 'Pool',
  operator: 'Operator',
  avs: 'Service',
  vault: 'Vault',
  lrt: 'Restaked token',
};

// ---- where each kind lives in the file ---------------------------------------------------------------------

const obj = (parent: Row, key: string): Row => {
  const value = parent[key];
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Row;
  const made: Row = {};
  parent[key] = made;
  return made;
};
const list = (parent: Row, key: string): Row[] => {
  const value = parent[key];
  if (Array.isArray(value)) return value as Row[];
  const made: Row[] = [];
  parent[key] = made;
  return made;
};
const peek = (parent: unknown, ...keys: string[]): Row[] => {
  let at: unknown = parent;
  for (const key of keys) at = at && typeof at === 'object' ? (at as Row)[key] : undefined;
  return Array.isArray(at) ? (at as Row[]) : [];
};

/** The array that holds entities of `kind` (made when missing), and that array's JSON path. */
function home(json: DraftJson, kind: BuildKind): { rows: Row[]; path: (string | number)[] } {
  switch (kind) {
    case 'holder':
      return { rows: list(json, 'holders'), path: ['holders'] };
    case 'validator':
      return { rows: list(obj(json, 'ethereum'), 'validators'), path: ['ethereum', 'validators'] };
    case 'lstPool':
      return { rows: list(obj(json, 'liquid'), 'lido'), path: ['liquid', 'lido'] };
    case 'operator':
      return { rows: list(obj(json, 'restaking'), 'operators'), path: ['restaking', 'operators'] };
    case 'avs':
      return { rows: list(obj(json, 'restaking'), 'avss'), path: ['restaking', 'avss'] };
    case 'vault':
      return { rows: list(obj(json, 'restaking'), 'vaults'), path: ['restaking', 'vaults'] };
    case 'lrt':
      return { rows: list(obj(json, 'restaking'), 'lrts'), path: ['restaking', 'lrts'] };
  }
}

const rowsOf = (json: DraftJson, kind: BuildKind): Row[] => {
  switch (kind) {
    case 'holder':
      return peek(json, 'holders');
    case 'validator':
      return peek(json, 'ethereum', 'validators');
    case 'lstPool':
      return peek(json, 'liquid', 'lido');
    case 'operator':
      return peek(json, 'restaking', 'operators');
    case 'avs':
      return peek(json, 'restaking', 'avss');
    case 'vault':
      return peek(json, 'restaking', 'vaults');
    case 'lrt':
      return peek(json, 'restaking', 'lrts');
  }
};

/** Every id the scenario uses, of any kind: a new id is unique among all of them, so no two nodes share one. */
export function takenIds(json: DraftJson): Set<string> {
  const ids = new Set<string>();
  const add = (rows: Row[], key = 'id') => rows.forEach((r) => typeof r[key] === 'string' && ids.add(r[key]));
  for (const kind of BUILD_KINDS) add(rowsOf(json, kind));
  add(peek(json, 'liquid', 'rocket'));
  add(peek(json, 'cosmos', 'validators'));
  add(peek(json, 'restaking', 'strategies'));
  for (const pool of peek(json, 'liquid', 'lido')) {
    // an operator is an id, or { id, name }
    for (const op of Array.isArray(pool.operators) ? (pool.operators as unknown[]) : []) {
      const id = typeof op === 'string' ? op : (op as Row | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
    add(peek(pool, 'validators'));
  }
  return ids;
}

/**
 * An id made from a name: lower case, letters, digits and "-" (the format's Id rule), at most 48 characters (room
 * for a suffix), never a name JavaScript objects already have ("constructor": engine/scenario/primitives.ts), and
 * unique among `taken` ("holder-1", "holder-1-2").
 */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'entity';
  const free = (id: string) => !taken.has(id) && !isReservedName(id);
  if (free(slug)) return slug;
  for (let n = 2; ; n++) if (free(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** "Holder 3": the first number no entity of the kind is named with yet. */
function nextName(json: DraftJson, kind: BuildKind): string {
  const names = new Set(rowsOf(json, kind).map((r) => String(r.name ?? r.id)));
  for (let n = rowsOf(json, kind).length + 1; ; n++)
    if (!names.has(`${DEFAULT_NAME[kind]} ${n}`)) return `${DEFAULT_NAME[kind]} ${n}`;
}

// ---- changes ---------------------------------------------------------------------------------------------------

export interface EntityRef {
  kind: BuildKind;
  id: string;
}

export type Change = { ok: true; json: DraftJson; ref: EntityRef } | { ok: false; problem: Problem };
/** Why a change was refused: a catalogue key, or the format's own sentence for a field. */
export type Problem =
  | { key: 'build.needsHolder' | 'build.needsOperator' | 'build.needsToken' | 'build.notFound' }
  | { key: 'build.invalidField'; field: MessageKey | null; message: string };

const copy = (json: DraftJson): DraftJson => structuredClone(json);

/**
 * Adds an entity of `kind` with a name and an id made from it, and the parameters a learner can start from: a
 * holder with 100 ETH, a 32-ETH validator (MIN_ACTIVATION_BALANCE, consensus-specs electra beacon-chain.md) owned
 * by the first holder, a Lido-like pool (with a restaking strategy for its stETH, so its token can be restaked),
 * an operator, and a service with EigenLayer's defaults written out (attack threshold 1/2, half slashed for
 * misbehaviour), a vault of ETH (Symbiotic's shared-vault model: its limits per service are set in the editor) and
 * a liquid restaking token over the first token strategy, delegated through the first operator.
 */
export function addEntity(json: DraftJson, kind: BuildKind): Change {
  const next = copy(json);
  const name = nextName(next, kind);
  const taken = takenIds(next);
  const id = idFromName(name, taken);
  taken.add(id);
  switch (kind) {
    case 'holder':
      home(next, kind).rows.push({ id, name, balances: { ETH: '100' } });
      break;
    case 'validator': {
      const owner = rowsOf(next, 'holder')[0]?.id;
      if (typeof owner !== 'string') return { ok: false, problem: { key: 'build.needsHolder' } };
      home(next, kind).rows.push({ id, owner, balance: '32' });
      break;
    }
    case 'lstPool': {
      const node = idFromName(`${id}-node`, taken);
      taken.add(node);
      home(next, kind).rows.push({ id, name, operators: [node] });
      list(obj(next, 'restaking'), 'strategies').push({ id: idFromName(`${id}-steth`, taken), asset: `stETH:${id}` });
      break;
    }
    case 'operator':
      home(next, kind).rows.push({ id, name });
      break;
    case 'avs':
      home(next, kind).rows.push({
        id,
        name,
        kind: 'other',
        attackThreshold: '1/2',
        profitFromCorruption: '10',
        slashing: [{ fault: 'avs-misbehaviour', wad: '0.5' }],
      });
      break;
    case 'vault':
      home(next, kind).rows.push({ id, name, asset: 'ETH' });
      break;
    case 'lrt': {
      const strategy = tokenStrategies(next)[0];
      if (!strategy) return { ok: false, problem: { key: 'build.needsToken' } };
      const operator = rowsOf(next, 'operator')[0]?.id;
      if (typeof operator !== 'string') return { ok: false, problem: { key: 'build.needsOperator' } };
      home(next, kind).rows.push({ id, name, strategy, operators: [operator] });
      break;
    }
  }
  return checked(next, { kind, id }, null);
}

/** Names the world: the file's `name` (ScenarioSchema: 1-120 characters). */
export function renameWorld(
  json: DraftJson,
  name: string,
): { ok: true; json: DraftJson } | { ok: false; problem: Problem } {
  const next = copy(json);
  next.name = name.trim();
  const parsed = parseScenario(next);
  if (parsed.ok) return { ok: true, json: next };
  const own = parsed.issues.find((i) => i.path === '$.name');
  return {
    ok: false,
    problem: {
      key: 'build.invalidField',
      field: own ? 'build.worldName' : null,
      message: own ? own.message : `${parsed.issues[0].path}: ${parsed.issues[0].message}`,
    },
  };
}

/** A field's value as the editor shows it ("" when unset). */
export function readField(json: DraftJson, ref: EntityRef, field: FieldName): string {
  const row = rowsOf(json, ref.kind).find((r) => r.id === ref.id);
  if (!row) return '';
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const vault = vaultField(field);
  if (vault?.kind === 'limit') return text((row.networkLimits as Row | undefined)?.[vault.avs]);
  if (vault?.kind === 'share')
    return text(((row.operatorShares as Row | undefined)?.[vault.avs] as Row | undefined)?.[vault.operator]);
  switch (field) {
    case 'name':
      return text(row.name);
    case 'eth':
      return text((row.balances as Row | undefined)?.ETH ?? '0');
    case 'owner':
      return text(row.owner);
    case 'balance':
      return text(row.balance);
    case 'fee':
      return text(row.feeBasisPoints ?? 1000);
    case 'profit':
      return text(row.profitFromCorruption ?? '0');
    case 'threshold':
      return text(row.attackThreshold ?? '1/2');
    case 'slash':
      return text(misbehaviour(row)?.wad ?? '');
    case 'asset':
      return text(row.asset ?? 'ETH');
    case 'strategy':
      return text(row.strategy);
    case 'operators':
      return Array.isArray(row.operators) ? row.operators.join(',') : '';
    case 'delay':
      return text(row.allocationDelayBlocks ?? 0);
  }
  return '';
}

/** A vault's per-service field, read from its name. */
function vaultField(
  field: FieldName,
): { kind: 'limit'; avs: string } | { kind: 'share'; avs: string; operator: string } | null {
  const [kind, avs, operator] = field.split(':');
  if (kind === 'limit' && avs) return { kind, avs };
  if (kind === 'share' && avs && operator) return { kind, avs, operator };
  return null;
}

/** A strategy as the learner reads it: its token and the pool that issues it ("stETH (Pool 1)"), else its asset. */
export function strategyLabel(json: DraftJson, id: string): string {
  const asset = peek(json, 'restaking', 'strategies').find((r) => r.id === id)?.asset;
  const [token, pool] = (typeof asset === 'string' ? asset : id).split(':');
  const poolName = pool ? rowsOf(json, 'lstPool').find((r) => r.id === pool)?.name : undefined;
  return typeof poolName === 'string' && poolName ? `${token} (${poolName})` : token;
}

/** The strategies a liquid restaking token can restake: tokens (the engine refuses native ETH, lrt.ts). */
export const tokenStrategies = (json: DraftJson): string[] =>
  peek(json, 'restaking', 'strategies')
    .map((s) => s.id)
    .filter((id): id is string => typeof id === 'string' && id !== 'beaconETH');

const misbehaviour = (row: Row): Row | undefined =>
  (Array.isArray(row.slashing) ? (row.slashing as Row[]) : []).find((c) => c.fault === 'avs-misbehaviour');

/**
 * Sets one field to what the learner typed, checked by the scenario format's schema: a value it refuses changes
 * nothing and comes back with the schema's sentence for that field.
 */
export function editField(json: DraftJson, ref: EntityRef, field: FieldName, value: string): Change {
  const next = copy(json);
  const { rows, path } = home(next, ref.kind);
  const index = rows.findIndex((r) => r.id === ref.id);
  if (index < 0) return { ok: false, problem: { key: 'build.notFound' } };
  const row = rows[index];
  const trimmed = value.trim();
  let at: (string | number)[] = [];
  const vault = vaultField(field);
  if (vault) {
    // an empty limit or share removes it (no limit set: the service gets nothing from the vault)
    const limits = vault.kind === 'limit' ? obj(row, 'networkLimits') : obj(obj(row, 'operatorShares'), vault.avs);
    const key = vault.kind === 'limit' ? vault.avs : vault.operator;
    if (trimmed === '') delete limits[key];
    else limits[key] = trimmed;
    if (vault.kind === 'share' && Object.keys(limits).length === 0) delete obj(row, 'operatorShares')[vault.avs];
    at = vault.kind === 'limit' ? ['networkLimits', key] : ['operatorShares', vault.avs, key];
  }
  switch (vault ? null : field) {
    case 'name':
      row.name = trimmed;
      at = ['name'];
      break;
    case 'eth':
      obj(row, 'balances').ETH = trimmed;
      at = ['balances', 'ETH'];
      break;
    case 'owner':
      row.owner = trimmed;
      at = ['owner'];
      break;
    case 'balance':
      row.balance = trimmed;
      at = ['balance'];
      break;
    case 'fee':
      // basis points are a JSON number in the format; text that is not a number stays text, so the schema says why
      row.feeBasisPoints = trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
      at = ['feeBasisPoints'];
      break;
    case 'profit':
      row.profitFromCorruption = trimmed;
      at = ['profitFromCorruption'];
      break;
    case 'threshold':
      row.attackThreshold = trimmed;
      at = ['attackThreshold'];
      break;
    case 'slash': {
      const slashing = list(row, 'slashing');
      let i = slashing.findIndex((c) => c.fault === 'avs-misbehaviour');
      if (i < 0) i = slashing.push({ fault: 'avs-misbehaviour', wad: trimmed }) - 1;
      else slashing[i].wad = trimmed;
      at = ['slashing', i, 'wad'];
      break;
    }
    case 'asset':
      row.asset = trimmed;
      at = ['asset'];
      break;
    case 'strategy':
      row.strategy = trimmed;
      at = ['strategy'];
      break;
    case 'operators':
      row.operators = trimmed.split(',').filter(Boolean);
      at = ['operators'];
      break;
    case 'delay':
      // blocks are a JSON number in the format, as the fee's basis points
      row.allocationDelayBlocks = trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
      at = ['allocationDelayBlocks'];
      break;
  }
  const label = fieldsOf(next, ref).find((f) => f.name === field)?.label ?? null;
  return checked(next, ref, { path: pathOf([...path, index, ...at]), label });
}

/**
 * Removes an entity and every line of the scenario that names it (a holder's validators, pool places, deposits
 * and delegations; an operator's or a service's registrations and allocations; a pool's restaking strategy).
 */
export function removeEntity(json: DraftJson, ref: EntityRef): Change {
  const next = copy(json);
  const { rows } = home(next, ref.kind);
  const index = rows.findIndex((r) => r.id === ref.id);
  if (index < 0) return { ok: false, problem: { key: 'build.notFound' } };
  rows.splice(index, 1);
  const id = ref.id;
  const restaking = obj(next, 'restaking');
  const drop = (parent: Row, key: string, names: (r: Row) => boolean) => {
    if (Array.isArray(parent[key])) parent[key] = (parent[key] as Row[]).filter((r) => !names(r));
  };
  switch (ref.kind) {
    case 'holder': {
      drop(obj(next, 'ethereum'), 'validators', (r) => r.owner === id);
      for (const pool of peek(next, 'liquid', 'lido')) drop(pool, 'holders', (r) => r.holder === id);
      drop(restaking, 'deposits', (r) => r.holder === id);
      drop(restaking, 'delegations', (r) => r.staker === id);
      for (const shared of [...peek(restaking, 'vaults'), ...peek(restaking, 'lrts')])
        drop(shared, 'deposits', (r) => r.holder === id);
      break;
    }
    case 'lstPool': {
      const gone = new Set(
        peek(next, 'restaking', 'strategies')
          .filter((s) => s.asset === `stETH:${id}`)
          .map((s) => s.id),
      );
      drop(restaking, 'strategies', (r) => gone.has(r.id));
      drop(restaking, 'deposits', (r) => gone.has(r.strategy));
      drop(restaking, 'allocations', (r) => gone.has(r.strategy));
      drop(restaking, 'lrts', (r) => gone.has(r.strategy));
      for (const avs of peek(next, 'restaking', 'avss'))
        for (const set of peek(avs, 'sets'))
          if (Array.isArray(set.strategies)) set.strategies = set.strategies.filter((s) => !gone.has(s));
      break;
    }
    case 'operator':
      drop(restaking, 'delegations', (r) => r.operator === id);
      drop(restaking, 'registrations', (r) => r.operator === id);
      drop(restaking, 'allocations', (r) => r.operator === id);
      // an LRT delegates through at least one operator: one left with none goes too
      for (const lrt of peek(restaking, 'lrts'))
        if (Array.isArray(lrt.operators)) lrt.operators = lrt.operators.filter((o) => o !== id);
      drop(restaking, 'lrts', (r) => Array.isArray(r.operators) && r.operators.length === 0);
      for (const vault of peek(restaking, 'vaults')) {
        const shares = vault.operatorShares as Record<string, Row> | undefined;
        for (const avs of Object.keys(shares ?? {})) {
          delete shares![avs][id];
          if (Object.keys(shares![avs]).length === 0) delete shares![avs];
        }
      }
      break;
    case 'avs':
      drop(restaking, 'registrations', (r) => r.avs === id);
      drop(restaking, 'allocations', (r) => r.avs === id);
      for (const vault of peek(restaking, 'vaults')) {
        delete (vault.networkLimits as Row | undefined)?.[id];
        delete (vault.operatorShares as Row | undefined)?.[id];
      }
      break;
    case 'validator':
    case 'vault':
    case 'lrt':
      break;
  }
  tidy(next);
  return checked(next, ref, null);
}

/** Sections left empty by a removal go, so a world emptied again is the file it started as. */
function tidy(json: DraftJson): void {
  for (const key of ['ethereum', 'liquid', 'restaking']) {
    const section = json[key];
    if (!section || typeof section !== 'object') continue;
    const empty = Object.values(section as Row).every((v) => Array.isArray(v) && v.length === 0);
    if (empty) delete json[key];
  }
}

/** The entities of one kind, by id and name (the validator editor's owner list). */
export const entitiesOf = (json: DraftJson, kind: BuildKind): { id: string; name: string }[] =>
  rowsOf(json, kind).map((r) => ({ id: String(r.id), name: String(r.name || r.id) }));

/** The kinds the palette can add, read from a graph node id ("holder:alice" -> { holder, alice }). */
export function refOf(nodeId: string): EntityRef | null {
  const at = nodeId.indexOf(':');
  const kind = nodeId.slice(0, at) as BuildKind;
  return at > 0 && BUILD_KINDS.includes(kind) ? { kind, id: nodeId.slice(at + 1) } : null;
}
export const nodeIdOf = (ref: EntityRef): string => `${ref.kind}:${ref.id}`;

/**
 * Keeps `json` only if the scenario format accepts it. The message is the schema's sentence for the field being
 * edited (its deepest issue under the field's path), else its first issue with the path.
 */
function checked(json: DraftJson, ref: EntityRef, field: { path: string; label: MessageKey | null } | null): Change {
  const parsed = parseScenario(json);
  if (parsed.ok) return { ok: true, json, ref };
  const own = field ? parsed.issues.find((i) => i.path === field.path || i.path.startsWith(`${field.path}.`)) : null;
  const issue: InputIssue = own ?? parsed.issues[0];
  return {
    ok: false,
    problem: {
      key: 'build.invalidField',
      field: own ? field!.label : null,
      message: own ? issue.message : `${issue.path}: ${issue.message}`,
    },
  };
}
