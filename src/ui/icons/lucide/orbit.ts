// lucide's "orbit" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const Orbit: IconData = [
  'orbit',
  [
    ['path', { d: 'M20.341 6.484A10 10 0 0 1 10.266 21.85' }],
    ['path', { d: 'M3.659 17.516A10 10 0 0 1 13.74 2.152' }],
    ['circle', { cx: '12', cy: '12', r: '3' }],
    ['circle', { cx: '19', cy: '5', r: '2' }],
    ['circle', { cx: '5', cy: '19', r: '2' }],
  ],
];
