// lucide's "palette" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/palette.mjs';
import type { IconData } from '../iconData';

export const Palette: IconData = ['palette', node];
