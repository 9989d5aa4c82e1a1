// lucide's "image-down" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/image-down.mjs';
import type { IconData } from '../iconData';

export const ImageDown: IconData = ['image-down', node];
