// lucide's "circle-check" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/circle-check.mjs';
import type { IconData } from '../iconData';

export const CircleCheck: IconData = ['circle-check', node, ['check-circle-2']];
