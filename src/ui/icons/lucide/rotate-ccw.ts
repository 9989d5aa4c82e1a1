// lucide's "rotate-ccw" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/rotate-ccw.mjs';
import type { IconData } from '../iconData';

export const RotateCcw: IconData = ['rotate-ccw', node];
