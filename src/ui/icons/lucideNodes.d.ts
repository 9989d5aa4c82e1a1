// The lucide package's per-icon modules (dist/esm/icons/<name>.mjs) each export one icon's node as their default;
// the package types only its index, so the icon modules are typed here. Importing one icon's module rather than the
// index keeps a test or a dev server from loading all of lucide's icons.
declare module 'lucide/dist/esm/icons/*.mjs' {
  const node: [tag: string, attrs: Record<string, string | number | undefined>][];
  export default node;
}
