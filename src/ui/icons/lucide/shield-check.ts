// lucide's "shield-check" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/shield-check.mjs';
import type { IconData } from '../iconData';

export const ShieldCheck: IconData = ['shield-check', node];
