// lucide's "step-forward" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/step-forward.mjs';
import type { IconData } from '../iconData';

export const StepForward: IconData = ['step-forward', node];
