// lucide's "orbit" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/orbit.mjs';
import type { IconData } from '../iconData';

export const Orbit: IconData = ['orbit', node];
