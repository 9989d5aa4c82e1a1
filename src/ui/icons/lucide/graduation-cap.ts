// lucide's "graduation-cap" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/graduation-cap.mjs';
import type { IconData } from '../iconData';

export const GraduationCap: IconData = ['graduation-cap', node];
