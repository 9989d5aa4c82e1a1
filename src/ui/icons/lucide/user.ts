// lucide's "user" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/user.mjs';
import type { IconData } from '../iconData';

export const User: IconData = ['user', node];
