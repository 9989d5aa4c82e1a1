// lucide's "pause" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/pause.mjs';
import type { IconData } from '../iconData';

export const Pause: IconData = ['pause', node];
