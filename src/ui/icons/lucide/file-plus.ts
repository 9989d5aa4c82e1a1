// lucide's "file-plus" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/file-plus.mjs';
import type { IconData } from '../iconData';

export const FilePlus: IconData = ['file-plus', node];
