// lucide's "unlink" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/unlink.mjs';
import type { IconData } from '../iconData';

export const Unlink: IconData = ['unlink', node];
