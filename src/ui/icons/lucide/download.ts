// lucide's "download" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const Download: IconData = [
  'download',
  [
    ['path', { d: 'M12 15V3' }],
    ['path', { d: 'M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4' }],
    ['path', { d: 'm7 10 5 5 5-5' }],
  ],
];
