/**
 * Where each edge's amount label sits on its edge, chosen for the whole graph at once so that no two labels overlap
 * and no label covers a card (issue 13: the starter's allocation pills collided once the columns were reordered).
 * Greedy placement on a few candidate points along each edge (the "fixed positions" model of map labelling:
 * Christensen, Marks and Shieber, "An empirical study of algorithms for point-feature label placement", ACM Trans.
 * Graphics 14(3), 1995, section 2): the largest amounts are placed first; a label with no free candidate falls back
 * to a narrower form (an allocation pill without its amount) and then to showing on hover, selection or focus only.
 * Pure: geometry in flow coordinates, sizes estimated from the text (the labels are set in an 11 px monospace font).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One edge's label to place: the edge's ends (Svelte Flow handle points, slot offsets applied) and its sizes. */
export interface LabelRequest {
  id: string;
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  /** Its size in full. */
  width: number;
  height: number;
  /** A narrower form that still says something (an allocation pill's handle alone), tried when the full one fits nowhere. */
  narrowWidth?: number;
  /** Placed first when larger (the larger stake is the one to read). */
  priority: number;
}

export type LabelMode = 'full' | 'narrow' | 'hidden';

export interface LabelPlacement {
  /** Where on the edge's cubic the label's centre sits (0 at the source, 1 at the target). */
  t: number;
  mode: LabelMode;
}

/** Points along the edge tried in turn: near the target first (where fanned-out ends keep labels apart). */
export const CANDIDATE_T = [0.78, 0.7, 0.86, 0.62, 0.54, 0.46, 0.38, 0.3, 0.22] as const;
/** Room kept around every label and card, so neighbours do not touch. */
const MARGIN = 3;

/** Height of a card side over which edge ends fan out (the node's height minus its rounded corners). */
export const SIDE = 72;
/** Offset of slot `slot` of `count` from the middle of a card's side: 24 px apart when there is room. */
export const slotY = (slot: number, count: number) => {
  const gap = Math.min(24, SIDE / Math.max(1, count));
  return (slot - (count - 1) / 2) * gap;
};

/** The edge's cubic: Svelte Flow's bezier for Right -> Left handles (control points half the horizontal distance). */
export function edgeControls(sx: number, tx: number): [number, number] {
  const dx = Math.max(0, tx - sx) * 0.5 || 40;
  return [sx + dx, tx - dx];
}

const bez = (t: number, a: number, b: number, c: number, d: number) => {
  const u = 1 - t;
  return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
};

/** The point at `t` on the edge from (sx, sy) to (tx, ty). */
export function pointOnEdge(t: number, sx: number, sy: number, tx: number, ty: number): { x: number; y: number } {
  const [c1x, c2x] = edgeControls(sx, tx);
  return { x: bez(t, sx, c1x, c2x, tx), y: bez(t, sy, sy, ty, ty) };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Rectangles bucketed on a coarse grid, so a graph of hundreds of labels is not tested pair by pair. */
class Buckets {
  readonly #cells = new Map<string, Rect[]>();
  static readonly CELL = 160;
  #keys(r: Rect): string[] {
    const c = Buckets.CELL;
    const keys: string[] = [];
    for (let i = Math.floor(r.x / c); i <= Math.floor((r.x + r.width) / c); i++)
      for (let j = Math.floor(r.y / c); j <= Math.floor((r.y + r.height) / c); j++) keys.push(`${i},${j}`);
    return keys;
  }
  add(r: Rect) {
    for (const k of this.#keys(r)) (this.#cells.get(k) ?? this.#cells.set(k, []).get(k)!).push(r);
  }
  hits(r: Rect): boolean {
    for (const k of this.#keys(r)) for (const o of this.#cells.get(k) ?? []) if (overlaps(r, o)) return true;
    return false;
  }
}

/**
 * A place on its edge for every label: in full where one is free of cards and of the labels placed before it,
 * else in its narrow form, else hidden (shown on demand). Cards are given as drawn; the margin is added here.
 */
export function placeLabels(cards: readonly Rect[], labels: readonly LabelRequest[]): Map<string, LabelPlacement> {
  const taken = new Buckets();
  for (const c of cards)
    taken.add({ x: c.x - MARGIN, y: c.y - MARGIN, width: c.width + 2 * MARGIN, height: c.height + 2 * MARGIN });
  const order = labels.slice().sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, LabelPlacement>();
  const tryWidth = (l: LabelRequest, width: number): number | null => {
    for (const t of CANDIDATE_T) {
      const p = pointOnEdge(t, l.sx, l.sy, l.tx, l.ty);
      const box = {
        x: p.x - width / 2 - MARGIN,
        y: p.y - l.height / 2 - MARGIN,
        width: width + 2 * MARGIN,
        height: l.height + 2 * MARGIN,
      };
      if (!taken.hits(box)) {
        taken.add(box);
        return t;
      }
    }
    return null;
  };
  for (const l of order) {
    const full = tryWidth(l, l.width);
    if (full !== null) {
      out.set(l.id, { t: full, mode: 'full' });
      continue;
    }
    const narrow = l.narrowWidth === undefined ? null : tryWidth(l, l.narrowWidth);
    out.set(l.id, narrow !== null ? { t: narrow, mode: 'narrow' } : { t: CANDIDATE_T[0], mode: 'hidden' });
  }
  return out;
}
