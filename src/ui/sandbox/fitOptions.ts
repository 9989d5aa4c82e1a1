import type { FitViewOptions } from '@xyflow/svelte';
import { CARD_TEXT_PX, READABLE_PX } from './zoomBand';

/**
 * How the graph fits its pane: a margin all round, wider on the left where the zoom controls sit (bottom left,
 * about 45 px wide), so no card starts under them.
 */
export const FIT_OPTIONS: FitViewOptions = {
  padding: { top: '12px', right: '24px', bottom: '12px', left: '60px' },
  // In presenter mode (<html data-present>) the fit may zoom further in, so a small network fills the projector
  // screen and its names and figures are read from the back of the room (read at each fit: the mode can change).
  get maxZoom() {
    return typeof document !== 'undefined' && document.documentElement.dataset.present !== undefined ? 2.4 : 1.4;
  },
  minZoom: 0.02,
  // Cards still waiting to be mounted (Graph.svelte draws a large network a few cards a frame) count by their
  // declared size, so the first fit already frames the whole network.
  includeHiddenNodes: true,
};

/**
 * The smallest zoom a first view may have: card names and figures (CARD_TEXT_PX) at 12 px on screen (issue 13,
 * item 8). A graph whose fit is a little smaller is shown at this zoom instead, from its left edge, where the story
 * starts (holders, then what they stake into); the zoom controls' "fit" still shows all of it. A network that fits
 * only far below it (the real network) keeps its overview: panning would hide most of it.
 */
export const FIRST_VIEW_MIN_ZOOM = READABLE_PX.near / CARD_TEXT_PX;
export const OVERVIEW_BELOW_ZOOM = 0.5;

/** Where a first view at `zoom` puts a graph's `bounds` in a pane: its left edge at the fit's left padding, centred
 * vertically (or its top at the top padding when taller than the pane). */
export function readableViewport(
  bounds: { x: number; y: number; width: number; height: number },
  pane: { width: number; height: number },
  zoom = FIRST_VIEW_MIN_ZOOM,
): { x: number; y: number; zoom: number } {
  const left = 60;
  const top = 12;
  const tall = bounds.height * zoom > pane.height - 2 * top;
  const y = tall ? top - bounds.y * zoom : (pane.height - bounds.height * zoom) / 2 - bounds.y * zoom;
  return { x: left - bounds.x * zoom, y, zoom };
}
