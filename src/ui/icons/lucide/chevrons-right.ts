// lucide's "chevrons-right" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/chevrons-right.mjs';
import type { IconData } from '../iconData';

export const ChevronsRight: IconData = ['chevrons-right', node];
