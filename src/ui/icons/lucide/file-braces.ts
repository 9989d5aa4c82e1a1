// lucide's "file-braces" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/file-braces.mjs';
import type { IconData } from '../iconData';

export const FileBraces: IconData = ['file-braces', node, ['file-json']];
