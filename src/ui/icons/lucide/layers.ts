// lucide's "layers" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/layers.mjs';
import type { IconData } from '../iconData';

export const Layers: IconData = ['layers', node, ['layers-3']];
