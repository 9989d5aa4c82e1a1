// lucide's "git-compare" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/git-compare.mjs';
import type { IconData } from '../iconData';

export const GitCompare: IconData = ['git-compare', node];
