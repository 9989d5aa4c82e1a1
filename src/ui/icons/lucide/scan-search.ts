// lucide's "scan-search" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/scan-search.mjs';
import type { IconData } from '../iconData';

export const ScanSearch: IconData = ['scan-search', node];
