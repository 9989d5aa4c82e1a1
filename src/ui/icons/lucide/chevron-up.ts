// lucide's "chevron-up" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/chevron-up.mjs';
import type { IconData } from '../iconData';

export const ChevronUp: IconData = ['chevron-up', node];
