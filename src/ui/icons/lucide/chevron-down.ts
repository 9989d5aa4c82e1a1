// lucide's "chevron-down" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const ChevronDown: IconData = ['chevron-down', [['path', { d: 'm6 9 6 6 6-6' }]]];
