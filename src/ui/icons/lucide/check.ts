// lucide's "check" icon (ISC licence): its node as @lucide/svelte ships it (test/unit/ui/lucideIcons.test.ts)
import type { IconData } from '../iconData';

export const Check: IconData = ['check', [['path', { d: 'M20 6 9 17l-5-5' }]]];
