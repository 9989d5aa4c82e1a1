// lucide's "arrow-left-right" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/arrow-left-right.mjs';
import type { IconData } from '../iconData';

export const ArrowLeftRight: IconData = ['arrow-left-right', node];
