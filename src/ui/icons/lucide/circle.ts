// lucide's "circle" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const Circle: IconData = ['circle', [['circle', { cx: '12', cy: '12', r: '10' }]]];
