/**
 * The graph's zoom bands, decided by how large the card's text is on screen at that zoom (the cards draw names and
 * figures at 20 px in graph units, EntityNode.svelte and graphModel.ts): each band shows what can still be read.
 *   near  names >= 12 px on screen: every fact, and the allocation pills and handles on the edges;
 *   mid   names >= 7 px: the name and the first fact; the pills show on hover, focus or selection;
 *   far   a far card's larger name (22 px) >= 4.4 px: kind and name only;
 *   tiny  below that: a block of the kind's colour (its words clipped, not removed).
 * Scaled from the text, so the bands move with the card size: at 1280x720 and 1280x800 the starter network fits
 * at about 0.62 and 0.72, in "near", with its handles in sight.
 */
export type Band = 'near' | 'mid' | 'far' | 'tiny';

/** Card names and figures, in graph units (EntityNode.svelte `.name`, `.facts`). */
export const CARD_TEXT_PX = 20;
/** A far card's name, enlarged because its facts are gone (EntityNode.svelte `.zoom-far .name`). */
export const FAR_NAME_PX = 22;

/** On-screen text size (px) at which each band starts. */
export const READABLE_PX = { near: 12, mid: 7, far: 4.4 } as const;

/** The band at a zoom: the largest band whose text is still at its size on screen. */
export function zoomBand(zoom: number): Band {
  if (CARD_TEXT_PX * zoom >= READABLE_PX.near) return 'near';
  if (CARD_TEXT_PX * zoom >= READABLE_PX.mid) return 'mid';
  if (FAR_NAME_PX * zoom >= READABLE_PX.far) return 'far';
  return 'tiny';
}
