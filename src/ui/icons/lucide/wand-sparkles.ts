// lucide's "wand-sparkles" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/wand-sparkles.mjs';
import type { IconData } from '../iconData';

export const WandSparkles: IconData = ['wand-sparkles', node, ['wand-2']];
