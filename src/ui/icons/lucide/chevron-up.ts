// lucide's "chevron-up" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const ChevronUp: IconData = ['chevron-up', [['path', { d: 'm18 15-6-6-6 6' }]]];
