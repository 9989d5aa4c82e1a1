/**
 * A lucide icon as data: its name (the `lucide-<name>` class), its node (the SVG elements inside the 24x24 drawing)
 * and its former names if it has any (a `lucide-<alias>` class each), exactly as the lucide package lists them.
 * LucideIcon.svelte draws one; each icon the app shows is a module of its own in ./lucide/ (its node is the lucide
 * package's own, dist/esm/icons/<name>.mjs), so a chunk carries only the icons it draws.
 */
export type IconData = readonly [
  name: string,
  node: readonly (readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>])[],
  aliases?: readonly string[],
];
