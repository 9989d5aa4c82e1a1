// lucide's "server-cog" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/server-cog.mjs';
import type { IconData } from '../iconData';

export const ServerCog: IconData = ['server-cog', node];
