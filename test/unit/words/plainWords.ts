/**
 * The checks behind "plain words and sensible numbers" (issue 13, item 4), as pure functions over one sentence, so
 * the scan over every scenario's trace and every card (plainWords.test.ts) says exactly which rule a sentence
 * breaks. The number policy is src/engine/ledger/display.ts: at most 4 decimals from 1 unit up, 4 significant
 * digits below 1, thousands separators always.
 */

/** A number as written in a sentence: digits with optional separators and decimals. */
const NUMBER = /(?<![\w.#:,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w:])/g;

/** Words after a number that make it a count or a time, not an amount (so it needs no asset unit). */
const COUNT_WORDS = new Set([
  'epoch',
  'epochs',
  'day',
  'days',
  'minute',
  'minutes',
  'hour',
  'hours',
  'year',
  'years',
  'block',
  'blocks',
  'validator',
  'validators',
  'staker',
  'stakers',
  'delegator',
  'delegators',
  'holder',
  'holders',
  'loan',
  'loans',
  'operator',
  'operators',
  'service',
  'services',
  'AVS',
  'AVSs',
  'event',
  'events',
  'step',
  'steps',
  'entry',
  'entries',
  'request',
  'requests',
  'percentage',
  'other',
  'of',
  'more',
  'bonded',
  'minipool',
  'minipools',
  'share',
  'shares',
  'new',
  'set',
  'sets',
  'coalition',
  'coalitions',
  'slot',
  'slots',
  'attack',
  'attacks',
  'and',
  'to',
  'or',
  'in',
  'a',
  'per',
  'at',
  'was',
  'is',
  'x',
  '×',
  'time',
  'times',
  'withdrawal',
  'withdrawals',
  'deposit',
  'deposits',
  'node',
  'nodes',
  'strategy',
  'strategies',
  'loop',
  'loops',
]);

export interface Finding {
  rule: 'decimals' | 'separators' | 'unit' | 'raw id';
  detail: string;
}

/** The sentence with every name blotted out, longest first. */
function mask(sentence: string, names: Iterable<string>): string {
  let masked = sentence;
  const byLength = [...new Set(names)].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  for (const name of byLength) masked = masked.split(name).join('\u2588');
  return masked;
}

/** Where a number sits: what comes just before and after it. */
function contexts(sentence: string) {
  const out: { text: string; whole: string; frac: string | undefined; before: string; after: string }[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    out.push({
      text: m[0],
      whole: m[1],
      frac: m[2],
      before: sentence.slice(Math.max(0, start - 24), start),
      after: sentence.slice(start + m[0].length, start + m[0].length + 24),
    });
  }
  return out;
}

/** Numbers that are positions (epoch 4321, day 23, request #1, height 400), not amounts: exempt from separators. */
const isPosition = (before: string, after: string): boolean =>
  /(epoch|day|height|slot|block|#|Day|\/|epoch [\d,]+ to)\s*$/.test(before) || /^\s*epochs?\b/.test(after);

/**
 * The number policy and units: `units` are the asset names a sentence may use ("ETH", "stETH", "ATOM", ...).
 * Percentages and ratios ("x per unit") are numbers too and keep at most 4 significant decimals.
 */
export function numberFindings(sentence: string, units: ReadonlySet<string>, names: Iterable<string> = []): Finding[] {
  const findings: Finding[] = [];
  // a name may hold a number ("Restaker 1", "AVS 2"): it is a name, not an amount
  for (const n of contexts(mask(sentence, names))) {
    const wholeDigits = n.whole.replace(/,/g, '');
    if (n.frac !== undefined) {
      const significant = BigInt(wholeDigits) >= 1n ? n.frac.length : n.frac.replace(/^0+/, '').length;
      if (significant > 4) findings.push({ rule: 'decimals', detail: n.text });
    }
    if (wholeDigits.length > 3 && !n.whole.includes(',') && !isPosition(n.before, n.after))
      findings.push({ rule: 'separators', detail: n.text });
    // An amount is a number followed by a verb-like word ("sells 450 into pool"): the word after it must be a
    // unit, a count noun, a percent or a bracket/punctuation.
    const next = /^\s*([%)(\]:;,.'’/-]|[A-Za-z][\w-]*)/.exec(n.after)?.[1];
    if (!next || /^[%)(\]:;,.'’/-]$/.test(next)) continue;
    // a position ("epoch 234", "Day 3") or an operator set's number ("operator set 0") is not an amount
    if (isPosition(n.before, n.after) || /\bset\s*$/.test(n.before)) continue;
    if (units.has(next) || COUNT_WORDS.has(next)) continue;
    findings.push({ rule: 'unit', detail: `${n.text} ${next}` });
  }
  return findings;
}

/**
 * Raw ids where a name exists: `names` maps an id ("op1") to the name the learner sees ("Op1"). The sentence's
 * names are masked first, so a name that contains its id ("Price oracle" for `oracle`) is not a finding.
 */
export function idFindings(sentence: string, names: ReadonlyMap<string, string>): Finding[] {
  const masked = mask(sentence, names.values());
  const findings: Finding[] = [];
  for (const [id, name] of names) {
    if (id === name) continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // an id that is also an everyday word after a possessive or article ("the market's oracle") is the word
    if (new RegExp(`(?<![\\w.:-]|'s |the )${escaped}(?![\\w:-])`).test(masked))
      findings.push({ rule: 'raw id', detail: `${id} (name: ${name})` });
  }
  return findings;
}
