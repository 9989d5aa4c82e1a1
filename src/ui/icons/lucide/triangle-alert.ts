// lucide's "triangle-alert" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/triangle-alert.mjs';
import type { IconData } from '../iconData';

export const TriangleAlert: IconData = ['triangle-alert', node, ['alert-triangle']];
