// lucide's "trash" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/trash.mjs';
import type { IconData } from '../iconData';

export const Trash: IconData = ['trash', node, ['trash-2']];
