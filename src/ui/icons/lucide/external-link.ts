// lucide's "external-link" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/external-link.mjs';
import type { IconData } from '../iconData';

export const ExternalLink: IconData = ['external-link', node];
