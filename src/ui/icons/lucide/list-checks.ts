// lucide's "list-checks" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/list-checks.mjs';
import type { IconData } from '../iconData';

export const ListChecks: IconData = ['list-checks', node];
