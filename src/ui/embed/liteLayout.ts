/**
 * The cascade replay's drawing, pure: the app's graph model (graphModel.ts, the sandbox's layout and layer order)
 * re-spaced for bigger cards and fitted into one SVG viewBox, with each edge as a path between the cards' sides.
 * The sandbox pans and zooms; a replay in an article is fitted to its width instead, so its cards are larger in
 * layout units (names and figures stay at 14 px or more on screen at the widget's usual width, 720 px). The edges carry no
 * amount labels: between such close columns they would sit under the cards; each edge says its amount on hover
 * and in the widget's list of edges.
 */
import { NODE_HEIGHT, NODE_WIDTH, type GraphModel, type GraphNode } from '../../app/graphModel';

/** A card's size in the replay's units (the sandbox's is NODE_WIDTH x NODE_HEIGHT). */
export const CARD_W = 264;
export const CARD_H = 164;
/**
 * The sandbox's gaps between columns are scaled by this: a replay has no handles to grab between the cards and
 * draws no amounts on its edges (the cards carry the figures), so wider cards take the room.
 */
const GAP_SCALE = 0.45;
const MIN_GAP = 24;
const ROW_PITCH = CARD_H + 16;
/** Room around the drawing, for the edges' curves and the cards' shadows. */
const MARGIN = 4;

export interface LiteCard {
  node: GraphNode;
  x: number;
  y: number;
}

export interface LiteEdge {
  id: string;
  source: string;
  target: string;
  /** SVG path data, a cubic curve from the source's right side to the target's left side. */
  d: string;
}

export interface LiteLayout {
  cards: LiteCard[];
  edges: LiteEdge[];
  width: number;
  height: number;
}

/**
 * Re-spaces the model: each distinct column position keeps its order, the gap before it scaled from the
 * sandbox's (so a column moved right for wide labels stays further right); rows are scaled to the taller card.
 */
export function liteLayout(model: GraphModel): LiteLayout {
  const columns = [...new Set(model.nodes.map((n) => n.position.x))].sort((a, b) => a - b);
  const columnX = new Map<number, number>();
  let x = MARGIN;
  columns.forEach((cx, i) => {
    if (i > 0) x += CARD_W + Math.max(MIN_GAP, (cx - columns[i - 1] - NODE_WIDTH) * GAP_SCALE);
    columnX.set(cx, x);
  });
  const rowScale = ROW_PITCH / (NODE_HEIGHT + 14);
  const top = Math.min(0, ...model.nodes.map((n) => n.position.y));
  const cards = model.nodes.map((node) => ({
    node,
    x: columnX.get(node.position.x)!,
    y: MARGIN + (node.position.y - top) * rowScale,
  }));
  const at = new Map(cards.map((c) => [c.node.id, c]));
  const edges: LiteEdge[] = [];
  for (const e of model.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    const d = e.data;
    // slot i of n along the side, as in the sandbox, so edges sharing a card fan out
    const sy = s.y + (CARD_H * (d.sourceSlot + 1)) / (d.sourceSlots + 1);
    const ty = t.y + (CARD_H * (d.targetSlot + 1)) / (d.targetSlots + 1);
    const sx = s.x + CARD_W;
    const tx = t.x;
    const bend = Math.max(40, Math.abs(tx - sx) / 2);
    edges.push({
      id: e.id,
      source: e.source,
      target: e.target,
      d: `M${r(sx)},${r(sy)} C${r(sx + bend)},${r(sy)} ${r(tx - bend)},${r(ty)} ${r(tx)},${r(ty)}`,
    });
  }
  const width = Math.max(0, ...cards.map((c) => c.x + CARD_W)) + MARGIN;
  const height = Math.max(0, ...cards.map((c) => c.y + CARD_H)) + MARGIN;
  return { cards, edges, width, height };
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The scale the drawing is shown at in a box `available` px wide: fitted to the width, never enlarged, and never
 * below `min`, so the text stays legible; below it, the drawing scrolls sideways instead of shrinking.
 */
export function fitScale(layoutWidth: number, available: number, min: number): number {
  if (layoutWidth <= 0 || available <= 0) return 1;
  return Math.max(min, Math.min(1, available / layoutWidth));
}
