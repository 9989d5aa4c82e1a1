// lucide's "panel-right-close" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/panel-right-close.mjs';
import type { IconData } from '../iconData';

export const PanelRightClose: IconData = ['panel-right-close', node];
