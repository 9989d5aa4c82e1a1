/**
 * The order of the cards in each column of the graph, chosen to cut edge crossings: the barycentre heuristic of
 * layered drawing (Sugiyama, Tagawa and Toda, "Methods for visual understanding of hierarchical system
 * structures", IEEE Trans. SMC 11(2), 1981, section 3.2): each node moves to the mean position of its neighbours,
 * sweeping down the layers and back up. A sweep is kept only when it leaves fewer crossings. Pure, on ids.
 * Once drawn, cards keep their order: a graph redrawn as the world changes (a lesson's next step, a cascade's next
 * frame) keeps the order it was drawn in, and only new cards are placed, so the learner's mental map of the graph
 * holds (Misue, Eades, Lai and Sugiyama, "Layout adjustment and the mental map", J. Visual Languages and Computing
 * 6(2), 1995: the "orthogonal ordering" of nodes is what a reader tracks; see `keepOrder`).
 */

export interface LayerLink {
  source: string;
  target: string;
}

/**
 * How many pairs of links cross: two links between the same two layers cross when their ends are in opposite
 * orders in the two layers. Links that share an end do not cross.
 */
export function countCrossings(layers: readonly (readonly string[])[], links: readonly LayerLink[]): number {
  const at = new Map<string, { layer: number; rank: number }>();
  layers.forEach((layer, li) => layer.forEach((id, rank) => at.set(id, { layer: li, rank })));
  // per pair of layers, each link as (rank in the upper layer, rank in the lower one)
  const byPair = new Map<string, [number, number][]>();
  for (const l of links) {
    const s = at.get(l.source);
    const t = at.get(l.target);
    if (!s || !t || s.layer === t.layer) continue;
    const [a, b] = s.layer < t.layer ? [s, t] : [t, s];
    const key = `${a.layer}:${b.layer}`;
    (byPair.get(key) ?? byPair.set(key, []).get(key)!).push([a.rank, b.rank]);
  }
  let crossings = 0;
  for (const ends of byPair.values())
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++) {
        const [u1, v1] = ends[i];
        const [u2, v2] = ends[j];
        if ((u1 - u2) * (v1 - v2) < 0) crossings++;
      }
  return crossings;
}

/**
 * `layers` in the order `drawn` lists their ids (a previous drawing's cards, in order), for the ids it lists; each id
 * it does not list (a card new since) follows the listed id it follows in `placed` (the same layers as ordered for
 * this drawing alone), or leads its layer when none precedes it there.
 */
export function keepOrder(placed: readonly (readonly string[])[], drawn: readonly string[]): string[][] {
  const at = new Map(drawn.map((id, i) => [id, i]));
  return placed.map((layer) => {
    const kept = layer.filter((id) => at.has(id)).sort((a, b) => at.get(a)! - at.get(b)!);
    // each new id, under the kept id before it in this drawing's own order ('' for none)
    const after = new Map<string, string[]>();
    let anchor = '';
    for (const id of layer) {
      if (at.has(id)) anchor = id;
      else (after.get(anchor) ?? after.set(anchor, []).get(anchor)!).push(id);
    }
    return [...(after.get('') ?? []), ...kept.flatMap((id) => [id, ...(after.get(id) ?? [])])];
  });
}

/**
 * Layers reordered by barycentre sweeps: down (each layer after the first by the mean rank of its neighbours in
 * the layers above), then up and down again (by the mean rank of all neighbours), keeping a sweep only when it
 * leaves fewer crossings. `tie` orders nodes with the same barycentre (and those with no placed neighbour, last).
 * The first layer keeps its order in the first sweep. With `drawn` (the ids of the graph as last drawn, in order),
 * the cards drawn keep that order and only new ones are placed by the sweeps (`keepOrder`).
 */
export function orderLayers(
  layers: readonly (readonly string[])[],
  links: readonly LayerLink[],
  tie: (a: string, b: string) => number = () => 0,
  drawn?: readonly string[],
): string[][] {
  if (drawn) {
    const known = new Set(drawn);
    // nothing new: no sweep to run (the sweeps are most of the cost of laying out a 300-card cascade frame)
    if (layers.every((layer) => layer.every((id) => known.has(id)))) return keepOrder(layers, drawn);
    return keepOrder(orderLayers(layers, links, tie), drawn);
  }
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
    (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
  }
  const sortLayer = (layer: readonly string[], rank: ReadonlyMap<string, number>) => {
    const bary = (id: string) => {
      const rs = (neighbours.get(id) ?? []).map((n) => rank.get(n)).filter((r): r is number => r !== undefined);
      return rs.length ? rs.reduce((s, r) => s + r, 0) / rs.length : Number.POSITIVE_INFINITY;
    };
    const keyed = layer.map((id) => ({ id, k: bary(id) }));
    keyed.sort((a, b) => (a.k === b.k ? 0 : a.k - b.k) || tie(a.id, b.id));
    return keyed.map((x) => x.id);
  };
  const ranks = (ls: readonly (readonly string[])[]) => {
    const rank = new Map<string, number>();
    ls.forEach((layer) => layer.forEach((id, i) => rank.set(id, i)));
    return rank;
  };

  // First sweep, down: only the layers above are placed when a layer is sorted.
  const rank = new Map<string, number>();
  let best = layers.map((layer, li) => {
    const sorted = li === 0 ? [...layer] : sortLayer(layer, rank);
    sorted.forEach((id, i) => rank.set(id, i));
    return sorted;
  });
  let bestCount = countCrossings(best, links);
  // Up, then down again, on every neighbour's rank; each kept only when it removes crossings.
  for (const down of [false, true]) {
    if (bestCount === 0) break;
    const next = best.map((l) => [...l]);
    const order = next.map((_, i) => i);
    if (!down) order.reverse();
    for (const li of order) next[li] = sortLayer(next[li], ranks(next));
    const count = countCrossings(next, links);
    if (count < bestCount) [best, bestCount] = [next, count];
  }
  return best;
}
