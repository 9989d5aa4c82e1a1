// lucide's "undo-2" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/undo-2.mjs';
import type { IconData } from '../iconData';

export const Undo2: IconData = ['undo-2', node];
