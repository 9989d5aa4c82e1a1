// lucide's "skip-back" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/skip-back.mjs';
import type { IconData } from '../iconData';

export const SkipBack: IconData = ['skip-back', node];
