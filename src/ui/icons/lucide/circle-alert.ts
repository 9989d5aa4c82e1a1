// lucide's "circle-alert" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/circle-alert.mjs';
import type { IconData } from '../iconData';

export const CircleAlert: IconData = ['circle-alert', node, ['alert-circle']];
