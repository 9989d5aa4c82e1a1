// lucide's "redo-2" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/redo-2.mjs';
import type { IconData } from '../iconData';

export const Redo2: IconData = ['redo-2', node];
