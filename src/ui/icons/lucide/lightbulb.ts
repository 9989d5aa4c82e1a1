// lucide's "lightbulb" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/lightbulb.mjs';
import type { IconData } from '../iconData';

export const Lightbulb: IconData = ['lightbulb', node];
