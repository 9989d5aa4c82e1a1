// lucide's "folder-open" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/folder-open.mjs';
import type { IconData } from '../iconData';

export const FolderOpen: IconData = ['folder-open', node];
