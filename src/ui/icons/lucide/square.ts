// lucide's "square" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const Square: IconData = ['square', [['rect', { width: '18', height: '18', x: '3', y: '3', rx: '2' }]]];
