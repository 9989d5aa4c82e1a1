// lucide's "hammer" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/hammer.mjs';
import type { IconData } from '../iconData';

export const Hammer: IconData = ['hammer', node];
