// lucide's "pen-line" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/pen-line.mjs';
import type { IconData } from '../iconData';

export const PenLine: IconData = ['pen-line', node, ['edit-3']];
