// lucide's "arrow-right" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/arrow-right.mjs';
import type { IconData } from '../iconData';

export const ArrowRight: IconData = ['arrow-right', node];
