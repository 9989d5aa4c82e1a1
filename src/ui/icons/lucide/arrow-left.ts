// lucide's "arrow-left" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/arrow-left.mjs';
import type { IconData } from '../iconData';

export const ArrowLeft: IconData = ['arrow-left', node];
