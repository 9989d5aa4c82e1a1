// lucide's "arrow-left-right" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const ArrowLeftRight: IconData = [
  'arrow-left-right',
  [
    ['path', { d: 'M8 3 4 7l4 4' }],
    ['path', { d: 'M4 7h16' }],
    ['path', { d: 'm16 21 4-4-4-4' }],
    ['path', { d: 'M20 17H4' }],
  ],
];
