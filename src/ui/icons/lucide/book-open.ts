// lucide's "book-open" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/book-open.mjs';
import type { IconData } from '../iconData';

export const BookOpen: IconData = ['book-open', node];
