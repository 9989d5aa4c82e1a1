/**
 * The glossary: the words of staking and restaking a first-time learner meets in the narration, the inspector and
 * the dashboard, each with a plain-words definition in the catalogue (glossary.<id>.term, glossaryDef.<id>; they
 * load after the first view: src/app/messages/glossaryDefinitions.ts, src/ui/glossary/definitions.svelte.ts).
 * `glossarySegments` finds them in a sentence so the UI can explain each one on hover and on focus.
 * Patterns are tried longest term first, so "operator set" wins over "operator" and "allocation delay" over
 * "allocation".
 */
export interface GlossaryTerm {
  id: string;
  /** How the term appears in a sentence (case-insensitive, whole words). */
  pattern: RegExp;
}

const entry = (id: string, pattern: RegExp): GlossaryTerm => ({ id, pattern });

/** Longest phrases first: the first pattern to match at a position takes it. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  entry('allocationDelay', /allocation delay/),
  entry('operatorSet', /operator sets?/),
  entry('slashableStake', /slashable stake/),
  entry('costOfCorruption', /cost of corruption/),
  entry('profitFromCorruption', /profit from corruption/),
  entry('correlationPenalty', /correlation penalty/),
  entry('withdrawalQueue', /withdrawal queue/),
  entry('shareRate', /share rate/),
  entry('uniqueStake', /unique stake/),
  entry('pooledSecurity', /pooled security/),
  entry('healthFactor', /health factor/),
  entry('attackThreshold', /attack threshold/),
  entry('effectiveBalance', /effective balance/),
  entry('avs', /AVSs?/),
  entry('operator', /operators?/),
  entry('magnitude', /magnitudes?/),
  entry('allocation', /allocations?|allocates|allocated/),
  entry('tombstoned', /tombstoned/),
  entry('jailed', /jailed/),
  entry('unbonding', /unbonding/),
  entry('commission', /commission/),
  entry('rebase', /rebases?/),
  entry('restaking', /restaking|restakes|restaked/),
  entry('slashing', /slashing|slashed|slashes/),
  entry('delegation', /delegation|delegates|delegated/),
  entry('liquidation', /liquidations?|liquidated/),
  entry('lst', /LSTs?/),
  entry('lrt', /LRTs?/),
  entry('epoch', /epochs?/),
];

export type Segment = { text: string; term?: GlossaryTerm };

const matcher = new RegExp(`\\b(?:${GLOSSARY.map((g) => `(${g.pattern.source})`).join('|')})\\b`, 'gi');

/**
 * A sentence cut into plain text and glossary terms, each term marked at its first appearance only (a sentence
 * full of buttons reads worse, and one explanation per sentence is enough). The pieces join back to the sentence.
 */
export function glossarySegments(text: string): Segment[] {
  const out: Segment[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(matcher)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const term = GLOSSARY[index];
    if (!term || seen.has(term.id)) continue;
    seen.add(term.id);
    const start = m.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: m[0], term });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
