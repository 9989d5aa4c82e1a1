// lucide's "layout-grid" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/layout-grid.mjs';
import type { IconData } from '../iconData';

export const LayoutGrid: IconData = ['layout-grid', node];
