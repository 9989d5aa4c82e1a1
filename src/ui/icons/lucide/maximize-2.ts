// lucide's "maximize-2" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/maximize-2.mjs';
import type { IconData } from '../iconData';

export const Maximize2: IconData = ['maximize-2', node];
