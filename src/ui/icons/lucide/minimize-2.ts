// lucide's "minimize-2" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/minimize-2.mjs';
import type { IconData } from '../iconData';

export const Minimize2: IconData = ['minimize-2', node];
