// lucide's "presentation" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/presentation.mjs';
import type { IconData } from '../iconData';

export const Presentation: IconData = ['presentation', node];
