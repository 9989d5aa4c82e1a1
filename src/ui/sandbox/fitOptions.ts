import type { FitViewOptions } from '@xyflow/svelte';

/**
 * How the graph fits its pane: a margin all round, wider on the left where the zoom controls sit (bottom left,
 * about 45 px wide), so no card starts under them.
 */
export const FIT_OPTIONS: FitViewOptions = {
  padding: { top: '12px', right: '24px', bottom: '12px', left: '60px' },
  maxZoom: 1.4,
  minZoom: 0.02,
};
