// lucide's "chevron-down" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/chevron-down.mjs';
import type { IconData } from '../iconData';

export const ChevronDown: IconData = ['chevron-down', node];
