// lucide's "panel-right-close" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const PanelRightClose: IconData = [
  'panel-right-close',
  [
    ['rect', { width: '18', height: '18', x: '3', y: '3', rx: '2' }],
    ['path', { d: 'M15 3v18' }],
    ['path', { d: 'm8 9 3 3-3 3' }],
  ],
];
