// lucide's "expand" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/expand.mjs';
import type { IconData } from '../iconData';

export const Expand: IconData = ['expand', node];
