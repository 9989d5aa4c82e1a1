// lucide's "chart-column" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/chart-column.mjs';
import type { IconData } from '../iconData';

export const ChartColumn: IconData = ['chart-column', node, ['bar-chart-3']];
