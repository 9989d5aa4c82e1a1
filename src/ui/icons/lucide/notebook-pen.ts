// lucide's "notebook-pen" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/notebook-pen.mjs';
import type { IconData } from '../iconData';

export const NotebookPen: IconData = ['notebook-pen', node];
