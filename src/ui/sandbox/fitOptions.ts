import type { FitViewOptions } from '@xyflow/svelte';

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
