// lucide's "flask-conical" icon (ISC licence): its node from the lucide package, as @lucide/svelte draws it
// (test/unit/ui/lucideIcons.test.ts)
import node from 'lucide/dist/esm/icons/flask-conical.mjs';
import type { IconData } from '../iconData';

export const FlaskConical: IconData = ['flask-conical', node];
