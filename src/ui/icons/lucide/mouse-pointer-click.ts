// lucide's "mouse-pointer-click" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/mouse-pointer-click.mjs';
import type { IconData } from '../iconData';

export const MousePointerClick: IconData = ['mouse-pointer-click', node];
