/**
 * The glossary's English strings that load with whatever marks its words (the sandbox's narration and panels, the
 * embed's cascade replay), a part of the catalogue (see ./en.ts) apart from the rest of the sandbox's strings. Each
 * term's name and definition, shown only when a term is hovered or focused, are a part of their own, loaded on idle
 * or at a first hover or focus (./glossaryDefinitions.ts).
 */
export const glossaryEn = {
  'glossary.label': 'What “{term}” means',
  'glossary.list': 'Glossary',
} as const satisfies Record<string, string>;
