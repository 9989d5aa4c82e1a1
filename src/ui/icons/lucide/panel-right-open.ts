// lucide's "panel-right-open" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/panel-right-open.mjs';
import type { IconData } from '../iconData';

export const PanelRightOpen: IconData = ['panel-right-open', node];
