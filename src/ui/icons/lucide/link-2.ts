// lucide's "link-2" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/link-2.mjs';
import type { IconData } from '../iconData';

export const Link2: IconData = ['link-2', node];
