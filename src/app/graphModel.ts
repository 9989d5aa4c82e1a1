/**
 * The graph's view model, pure: a WorldView -> Svelte Flow nodes and edges. Left-to-right layers (holders ->
 * protocols -> operators/validators -> services), ordered within a layer by the barycentre of their neighbours
 * to reduce crossings; edge width by a square-root scale of the amount (area-true for a stroke); many small
 * operators grouped into one expandable node so large networks stay readable.
 */
import { exactNumber as formatEth } from './format/amount';
import { formatEthCard } from './displayAmount';
import { LAYER, assetLabel, type Entity, type EntityKind, type Link, type Msg, type WorldView } from './worldView';
import type { MessageKey } from './messages/en';
import { orderLayers } from './layerOrder';
import type { LabelMode } from './labelPlacement';
import { allocationLabelSize, plainLabelSize } from './labelSize';
import { cardHeight, cardWidth } from './cardSize';

// Sized so that the starter network, fitted into the graph beside the side panel at 1280x800 (zoom about 0.72),
// shows card names and figures at 14 px or more on screen (issue 13, item 8): 20 px type in a 122 px card, rows
// 14 apart, and each gap between columns as wide as the widest label on the edges leading into the next column
// (an allocation pill needs about 130 px, a plain amount 50), so the labels have room on their edge.
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 122;
const MIN_COLUMN_GAP = 80;
const MAX_COLUMN_GAP = 160;
/** Around a label in its gap: the handles (3 px each side), the placement's margins and a little air. */
const LABEL_AIR = 24;
const ROW_GAP = 14;
/** Above this many operators (or holders), only the largest are drawn one by one; the rest form one group node. */
export const OPERATOR_LIMIT = 16;
const SUB_GAP = 40;
/** The graph's pane at 1280x800 beside the side panel (less the fit's padding): the shape the wrapping aims for. */
export const DEFAULT_PANE = { width: 920 - 84, height: 495 - 24 } as const;
/** The fit never zooms in past this (fitOptions.ts maxZoom): a graph already this large gains nothing from wrapping. */
const MAX_FIT_ZOOM = 1.4;
const BADGE_GAP = 150;
export const GROUP_ID = 'group:operators';
export const HOLDER_GROUP_ID = 'group:holders';
export const VALIDATOR_GROUP_ID = 'group:validators';
export const COSMOS_GROUP_ID = 'group:cosmosValidators';

export type NodeKind = EntityKind | 'group';

export interface GraphNodeData extends Record<string, unknown> {
  entity: Entity | null;
  kind: NodeKind;
  name: string;
  /** For the group node: how many operators it stands for. */
  count?: number;
  /** For the group node: the engine ids of its members (a cascade step touching one makes the group flash). */
  members?: string[];
  /** For the group node: its name in words ("12 other operators"); `name` is then empty. */
  nameMsg?: Msg;
}

export interface GraphNode {
  id: string;
  type: NodeKind;
  position: { x: number; y: number };
  data: GraphNodeData;
  width: number;
  height: number;
  ariaLabel?: string;
}

export interface GraphEdgeData extends Record<string, unknown> {
  amount: bigint;
  asset: string;
  /** For the edge's accessible name (its label may be hidden): who to whom. */
  sourceName: string;
  targetName: string;
  /** Where the edge leaves its source and enters its target: slot i of n along the node's side, so edges that
   * share a node fan out instead of meeting in one point (and their labels near the target do not stack). */
  sourceSlot: number;
  sourceSlots: number;
  targetSlot: number;
  targetSlots: number;
  /** The label is drawn only on hover or selection: too many edges meet at the target to label them all. */
  quietLabel: boolean;
  /** A group end's name in words (sourceName/targetName are then empty). */
  sourceNameMsg?: Msg;
  targetNameMsg?: Msg;
  /** Not plain stake (drawn dashed): a 0% registration, an unbonding or a redelegation entry. */
  variant?: Link['variant'];
  /** What the edge is in words, for its accessible name (time left, where a redelegation came from). */
  note?: Msg;
  /** The short form shown after the amount in the label. */
  badge?: Msg;
  /** Where the label sits on the edge and in which form, chosen for the whole graph (labelPlacement.ts). */
  labelT?: number;
  labelMode?: LabelMode;
}

export interface GraphEdge {
  id: string;
  type: 'amount';
  source: string;
  target: string;
  label: string;
  style: string;
  data: GraphEdgeData;
  class?: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Show every operator instead of grouping the small ones. */
  expandOperators?: boolean;
  /** Positions the user dragged nodes to, kept across world updates. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Engine ids drawn on their own whatever their size: those a cascade touched (GraphView.reveal). */
  revealed?: ReadonlySet<string>;
  /**
   * Engine ids the scenario's story names (see namedInStory): the learner's own holder ("Dave ... holds 50 LST:
   * drag it") is drawn on its own, never lost in "521 other holders".
   */
  named?: ReadonlySet<string>;
  /**
   * The cards as they will stand at the end of the cascade being shown (by entity id): each column reserves room
   * for them, so a card that grows at a step (a new fact row) does not move the cards under it mid-cascade.
   */
  reserve?: ReadonlyMap<string, Entity>;
  /** The pane the graph is fitted into (its shape decides how tall columns wrap); the 1280x800 sandbox's if unset. */
  pane?: { width: number; height: number };
  /** The node ids of the graph as last drawn, in order: those cards keep their order, new ones are placed
   * (layerOrder.ts keepOrder), so a card does not jump between a lesson's steps or a cascade's frames. */
  drawn?: readonly string[];
}

/** One column of the layout before it is placed: how many cards, the gap before it, its cards' size. */
export interface Column {
  count: number;
  gap: number;
  width: number;
  height: number;
}

/** A column's drawn height when no column is taller than maxRows (a wrapped one is offset by half a row). */
export function columnHeight(c: Column, maxRows: number): number {
  const pitch = c.height + ROW_GAP;
  return rowsOf(c.count, maxRows) * pitch - ROW_GAP + (c.count > maxRows ? pitch / 2 : 0);
}

/** Rows in a column of n cards when no column may be taller than maxRows: its cards spread evenly over k. */
export const rowsOf = (n: number, maxRows: number) => Math.ceil(n / Math.max(1, Math.ceil(n / maxRows)));

/** The whole layout's size when no column is taller than maxRows. */
export function layoutSize(columns: readonly Column[], maxRows: number): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const c of columns) {
    const k = Math.ceil(c.count / maxRows);
    width += c.gap + k * c.width + (k - 1) * SUB_GAP;
    height = Math.max(height, columnHeight(c, maxRows));
  }
  return { width, height };
}

/**
 * How many rows a column may hold before it wraps into sub-columns: the one whose layout fits `pane` at the
 * largest zoom (capped at the fit's largest zoom, past which wrapping gains nothing); on a tie, the fewest wraps.
 * A tall column of same-kind cards (eight validators, eight holders) then spreads sideways into a wide pane.
 */
export function wrapLayers(columns: readonly Column[], pane: { width: number; height: number }): number {
  const tallest = Math.max(1, ...columns.map((c) => c.count));
  let best = tallest;
  let bestZoom = 0;
  for (let rows = tallest; rows >= 2; rows--) {
    const size = layoutSize(columns, rows);
    const zoom = Math.min(MAX_FIT_ZOOM, pane.width / size.width, pane.height / size.height);
    // strictly better by a little: a wrap that gains almost nothing is not worth its crossings
    if (zoom > bestZoom * 1.02) [best, bestZoom] = [rows, zoom];
  }
  return best;
}

const toNumber = (x: bigint): number => Number(x) / 1e9;

// One formatter for every label: Number.prototype.toLocaleString builds a new one per call, which made labelling
// the real network's 163 edges a tenth of the task that draws it.
const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function edgeLabel(amount: bigint, asset: string): string {
  const n = toNumber(amount);
  // Labels round for legibility; the inspector and narration show exact amounts.
  const text =
    n >= 1000 ? thousands.format(Math.round(n)) : n >= 1 ? String(Math.round(n * 100) / 100) : formatEth(amount);
  return asset === 'ETH' ? `${text} ETH` : `${text} ${assetLabel(asset)}`;
}

/**
 * The holders a scenario's story names: those whose name stands as a word in its description ("Dave, an
 * illustrative newcomer ... holds 50 LST: drag it onto a service"). They are the learner's to follow, so the
 * graph draws them on their own whatever their size. Engine ids, as GraphOptions.named takes them.
 */
export function namedInStory(description: string | undefined, entities: readonly Entity[]): Set<string> {
  const named = new Set<string>();
  if (!description) return named;
  for (const e of entities) {
    if (e.kind === 'holder' && e.name && standsAsWord(description, e.name))
      named.add(e.id.slice(e.id.indexOf(':') + 1));
  }
  return named;
}

// A letter or digit just before or after a match makes it part of a longer word ("Dave" is not in "Davey").
const WORD_END = /[\p{L}\d]$/u;
const WORD_START = /^[\p{L}\d]/u;

/**
 * Whether `word` stands in `text` as a word of its own. A plain search then a look at its two neighbours: a
 * regular expression built per name cost 170 ms on the real network's 521 holders, at every cascade step.
 */
function standsAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // two code units either side, so a letter outside the basic plane (a surrogate pair) is read whole
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + word.length, at + word.length + 2);
    if (!WORD_END.test(before) && !WORD_START.test(after)) return true;
  }
  return false;
}

export function buildGraph(view: WorldView, options: GraphOptions = {}): GraphModel {
  let entities = view.entities;
  let links = view.links;

  // Group the long tail of operators and of holders (a real network has hundreds of each).
  const groupCounts = new Map<string, number>();
  // `keep`: entities that stay visible whatever their size (a slashed or exiting validator is the story).
  const groupMembers = new Map<string, string[]>();
  const groupNames = new Map<string, Msg>();
  /**
   * `fact`: the members' fact summed on the group's card (its unit); `keep`: entities that stay visible whatever
   * their size (a slashed or exiting validator is the story).
   */
  const groupTail = (
    kind: 'operator' | 'holder' | 'validator' | 'cosmosValidator',
    groupId: string,
    nameKey: MessageKey,
    fact: { label: MessageKey; unit?: string; orElse?: MessageKey },
    keep: (e: Entity) => boolean = () => false,
  ) => {
    const { revealed, named } = options;
    const own = (e: Entity) => {
      const ref = e.id.slice(e.id.indexOf(':') + 1);
      return !!revealed?.has(ref) || !!named?.has(ref);
    };
    const members = entities.filter((e) => e.kind === kind && !keep(e) && !own(e));
    if (options.expandOperators || members.length <= OPERATOR_LIMIT) return;
    const sorted = members
      .slice()
      .sort((a, b) => (b.weight > a.weight ? 1 : b.weight < a.weight ? -1 : a.id.localeCompare(b.id)));
    const grouped = new Set(sorted.slice(OPERATOR_LIMIT - 1).map((e) => e.id));
    let total = 0n;
    let unit = fact.unit;
    // Holders of a Cosmos chain have no ETH worth: their group sums what they delegate, in the chain's token.
    const label =
      fact.orElse && !sorted.some((e) => grouped.has(e.id) && e.facts.some((x) => x.label === fact.label && x.raw))
        ? fact.orElse
        : fact.label;
    if (label !== fact.label) unit = undefined;
    for (const e of sorted) {
      if (!grouped.has(e.id)) continue;
      const f = e.facts.find((x) => x.label === label);
      total += f?.raw ?? 0n;
      unit ??= f?.unit;
    }
    unit ??= 'ETH';
    const group: Entity = {
      id: groupId,
      kind,
      name: '',
      weight: total,
      facts: [
        { label, value: `${formatEthCard(total)} ${unit}`, raw: total, exact: `${formatEth(total)} ${unit}`, unit },
      ],
    };
    groupCounts.set(groupId, grouped.size);
    groupMembers.set(
      groupId,
      [...grouped].map((id) => id.slice(id.indexOf(':') + 1)),
    );
    groupNames.set(groupId, { key: nameKey, params: { count: grouped.size } });
    entities = entities.filter((e) => !grouped.has(e.id)).concat(group);
    const merged = new Map<string, Link>();
    for (const l of links) {
      const source = grouped.has(l.source) ? groupId : l.source;
      const target = grouped.has(l.target) ? groupId : l.target;
      const id =
        source === l.source && target === l.target
          ? l.id
          : `${source}->${target}:${l.asset}${l.variant ? `:${l.variant}` : ''}`;
      const prev = merged.get(id);
      // Merged entry edges keep the amount but not one member's note (its time left would read as the group's).
      merged.set(id, {
        ...l,
        id,
        source,
        target,
        amount: (prev?.amount ?? 0n) + l.amount,
        note: id === l.id ? l.note : undefined,
        badge: id === l.id ? l.badge : undefined,
      });
    }
    links = [...merged.values()];
  };
  // A slashed operator is the story: it stays out of the group (the real network's Eigenpie was lost among 430).
  groupTail('operator', GROUP_ID, 'node.otherOperators', { label: 'fact.delegated', unit: 'ETH' }, (e) => !!e.slashed);
  groupTail('holder', HOLDER_GROUP_ID, 'node.otherHolders', {
    label: 'fact.worth',
    unit: 'ETH',
    orElse: 'fact.delegated',
  });
  const bad = (e: Entity) => !!e.slashed || (e.status !== undefined && e.status !== 'active' && e.status !== 'bonded');
  groupTail('validator', VALIDATOR_GROUP_ID, 'node.otherValidators', { label: 'fact.balance', unit: 'ETH' }, bad);
  groupTail('cosmosValidator', COSMOS_GROUP_ID, 'node.otherValidators', { label: 'fact.tokens' }, bad);

  // Layers, ordered by barycentre sweeps to cut crossings (layerOrder.ts); the holders start by name.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const firstLayers: Entity[][] = [[], [], [], []];
  for (const e of entities) firstLayers[LAYER[e.kind]].push(e);
  firstLayers[0].sort((a, b) => a.name.localeCompare(b.name));
  const tie = (a: string, b: string) => {
    const ea = byId.get(a)!;
    const eb = byId.get(b)!;
    return kindOrder(ea.kind) - kindOrder(eb.kind) || (eb.weight > ea.weight ? 1 : eb.weight < ea.weight ? -1 : 0);
  };
  const layers: Entity[][] = orderLayers(
    firstLayers.map((l) => l.map((e) => e.id)),
    links,
    tie,
    options.drawn,
  ).map((l) => l.map((id) => byId.get(id)!));

  // Each layer is a column, as wide as its widest card (cardSize.ts: no word or figure is cut); a tall layer wraps
  // into k sub-columns (node i in sub-column i mod k, so the vertical order from the barycentre sweep is kept in
  // zigzag). How tall a column may grow is chosen for the whole graph so that it fits the pane at the largest zoom
  // (wrapLayers), which keeps the graph's shape close to the screen's.
  // Labels with a badge ("300 ATOM · redelegated · 21 d") are about twice as wide as an amount: the column they
  // lead into moves right to give them room, so they sit on their edge rather than under a card.
  const badged = new Set(links.filter((l) => l.badge).map((l) => l.target));
  // The widest label on an edge into each entity: the gap before its column is sized to hold it.
  const widest = new Map<string, number>();
  for (const l of links) {
    const text = edgeLabel(l.amount, l.asset);
    const alloc = byId.get(l.source)?.kind === 'operator' && byId.get(l.target)?.kind === 'avs';
    const w = (alloc ? allocationLabelSize(text) : plainLabelSize(text)).width;
    widest.set(l.target, Math.max(widest.get(l.target) ?? 0, w));
  }
  const columns: Column[] = layers
    .filter((layer) => layer.length > 0) // empty layers take no room
    .map((layer, i) => {
      let gap = 0;
      if (i > 0) {
        const label = Math.max(0, ...layer.map((e) => widest.get(e.id) ?? 0));
        gap = Math.min(MAX_COLUMN_GAP, Math.max(MIN_COLUMN_GAP, label + LABEL_AIR));
        if (layer.some((e) => badged.has(e.id))) gap += BADGE_GAP;
      }
      // a card as it is now and, during a cascade, as it will be at its end (the larger of the two is reserved)
      const later = (e: Entity) => (groupCounts.has(e.id) ? undefined : options.reserve?.get(e.id));
      const width = Math.max(
        ...layer.map((e) => Math.max(cardWidth(e), ...[later(e)].filter((x) => !!x).map(cardWidth))),
      );
      // a group's card is short (GroupNode.svelte): it counts as a one-fact card
      const height = Math.max(
        ...layer.map((e) => {
          const own = cardHeight(groupCounts.has(e.id) ? { ...e, facts: [] } : e, width);
          const end = later(e);
          return end ? Math.max(own, cardHeight(end, width)) : own;
        }),
      );
      return { count: layer.length, gap, width, height };
    });
  const maxRows = wrapLayers(columns, options.pane ?? DEFAULT_PANE);
  const nodes: GraphNode[] = [];
  let x = 0;
  const tallest = Math.max(0, ...columns.map((c) => columnHeight(c, maxRows)));
  layers
    .filter((layer) => layer.length > 0)
    .forEach((layer, li) => {
      const { gap, width: cardW, height: cardH } = columns[li];
      x += gap;
      const k = Math.ceil(layer.length / maxRows);
      // Centre each column vertically against the tallest one.
      const offset = (tallest - columnHeight(columns[li], maxRows)) / 2;
      const pitch = cardH + ROW_GAP;
      layer.forEach((e, i) => {
        const sub = i % k;
        const row = Math.floor(i / k);
        const auto = {
          x: x + sub * (cardW + SUB_GAP),
          y: offset + row * pitch + (k > 1 && sub % 2 ? pitch / 2 : 0),
        };
        const isGroup = groupCounts.has(e.id);
        nodes.push({
          id: e.id,
          type: isGroup ? 'group' : e.kind,
          position: options.positions?.get(e.id) ?? auto,
          width: cardW,
          height: cardH,
          data: {
            entity: e,
            kind: isGroup ? 'group' : e.kind,
            name: e.name,
            count: groupCounts.get(e.id),
            ...(isGroup ? { members: groupMembers.get(e.id), nameMsg: groupNames.get(e.id) } : {}),
          },
        });
      });
      x += k * cardW + (k - 1) * SUB_GAP;
    });

  // Edge width: a square-root scale (the stroke's visible area grows with the amount), from a hairline for dust
  // to a thick band for the largest flow, so a 10x larger stake reads about 3x wider.
  // (Written out rather than d3's scaleSqrt, so d3-scale and d3-format stay out of the sandbox's first load.)
  const top = Math.max(1e-9, ...links.map((l) => toNumber(l.amount)));
  const width = (amount: number) => 1 + 21 * Math.min(1, Math.sqrt(Math.max(0, amount) / top));
  const pos = new Map(nodes.map((n) => [n.id, n.position]));
  const names = new Map(nodes.map((n) => [n.id, n.data.name]));
  const y = (id: string) => pos.get(id)?.y ?? 0;
  const slots = (key: (l: Link) => string, other: (l: Link) => string) => {
    const by = new Map<string, Link[]>();
    for (const l of links) (by.get(key(l)) ?? by.set(key(l), []).get(key(l))!).push(l);
    const out = new Map<string, [number, number]>();
    for (const group of by.values()) {
      group.sort((a, b) => y(other(a)) - y(other(b)) || other(a).localeCompare(other(b)));
      group.forEach((l, i) => out.set(l.id, [i, group.length]));
    }
    return out;
  };
  const out = slots(
    (l) => l.source,
    (l) => l.target,
  );
  const into = slots(
    (l) => l.target,
    (l) => l.source,
  );
  const edges: GraphEdge[] = links.map((l) => {
    const [sourceSlot, sourceSlots] = out.get(l.id) ?? [0, 1];
    const [targetSlot, targetSlots] = into.get(l.id) ?? [0, 1];
    const label = edgeLabel(l.amount, l.asset);
    // Entries and 0% registrations are dashed: not (yet) stake that secures anything, or stake on the move.
    const dash = l.variant ? `;stroke-dasharray:${l.variant === 'registration' ? '4 4' : '7 5'}` : '';
    const w = l.variant === 'registration' ? 2 : width(toNumber(l.amount));
    return {
      id: l.id,
      type: 'amount',
      source: l.source,
      target: l.target,
      label,
      style: `stroke-width:${w.toFixed(2)}px${dash}`,
      ...(l.variant ? { class: `entry ${l.variant}` } : {}),
      data: {
        amount: l.amount,
        asset: l.asset,
        sourceName: names.get(l.source) ?? l.source,
        targetName: names.get(l.target) ?? l.target,
        ...(groupNames.has(l.source) ? { sourceNameMsg: groupNames.get(l.source) } : {}),
        ...(groupNames.has(l.target) ? { targetNameMsg: groupNames.get(l.target) } : {}),
        sourceSlot,
        sourceSlots,
        targetSlot,
        targetSlots,
        quietLabel: targetSlots > MAX_LABELLED_INCOMING,
        ...(l.variant ? { variant: l.variant } : {}),
        ...(l.note ? { note: l.note } : {}),
        ...(l.badge ? { badge: l.badge } : {}),
      },
    };
  });
  return { nodes, edges };
}

/** Above this many edges into one node, their labels show on hover or selection only (they would overlap). */
export const MAX_LABELLED_INCOMING = 4;

function kindOrder(k: EntityKind): number {
  return [
    'lstPool',
    'lrt',
    'vault',
    'ammPool',
    'lending',
    'operator',
    'validator',
    'cosmosValidator',
    'avs',
    'holder',
  ].indexOf(k);
}
