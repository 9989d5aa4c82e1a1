/**
 * The kinds of entity the builder adds, on their own: the graph takes a palette piece by its kind on the first
 * view, while the builder's rules (worldDraft.ts) load only when the palette opens.
 */
export type BuildKind = 'holder' | 'validator' | 'lstPool' | 'operator' | 'avs' | 'vault' | 'lrt';
export const BUILD_KINDS: readonly BuildKind[] = ['holder', 'validator', 'lstPool', 'operator', 'avs', 'vault', 'lrt'];
