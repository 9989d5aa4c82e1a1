// lucide's "rotate-ccw-clock" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/rotate-ccw-clock.mjs';
import type { IconData } from '../iconData';

export const RotateCcwClock: IconData = ['rotate-ccw-clock', node, ['history']];
