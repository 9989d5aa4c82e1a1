// lucide's "circle-play" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/circle-play.mjs';
import type { IconData } from '../iconData';

export const CirclePlay: IconData = ['circle-play', node, ['play-circle']];
