// lucide's "coins" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/coins.mjs';
import type { IconData } from '../iconData';

export const Coins: IconData = ['coins', node];
