// lucide's "shield-alert" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/shield-alert.mjs';
import type { IconData } from '../iconData';

export const ShieldAlert: IconData = ['shield-alert', node];
