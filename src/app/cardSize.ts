/**
 * How wide a graph card must be so that none of its words or figures is cut (issue 13, item 8: "delegated",
 * "in markets, net", "LIQUID STAKING PO…", "233,333.6204 LST"). Pure: text widths are estimated from the fonts'
 * advance widths, without a page (the layout is computed before any card is drawn, and in Node for the tests).
 * The card's own CSS (EntityNode.svelte) sets the sizes used here; keep the two in step.
 */
import { en } from './messages/en';
import { cardsEn } from './messages/cards';
import { fillTemplate } from './messages/fillTemplate';
import type { Entity, Fact } from './cards/types';

/** The narrowest card (the starter's cards, sized for its 1280x800 fit zoom) and the widest a card may grow to. */
export const CARD_MIN_WIDTH = 200;
export const CARD_MAX_WIDTH = 360;
/** Borders (6 left, 2 right) and padding (8 each side): the card's width less its text's room. */
const CHROME = 24;
/** The stake chip's room at the right of the kind row (holders and operators; EntityNode `.has-chip .head`). */
const CHIP_ROOM = 72;
/** The kind row's icon and its gap. */
const ICON_ROOM = 14 + 5;
/** Between a fact's label and its figure (EntityNode `.facts div` gap), plus a pixel for rounding. */
const FACT_GAP = 4;
/** A status badge beside the name ("active", "slashed"): its padding (12) and its gap from the name (6). */
const STATUS_CHROME = 12 + 6;

// Advance widths of ASCII 32..126 per 100 px in DejaVu Sans, regular and bold (read with canvas measureText in
// Chromium). DejaVu is the widest family in the page's --font-sans stack, so on other systems this overestimates.
const SANS_400 =
  '32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84';
const SANS_700 =
  '35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84';
const table = (s: string) => s.split(',').map(Number);
const ADVANCE = { 400: table(SANS_400), 700: table(SANS_700) };
/** Monospace figures (the cards' `.num`): every common monospace face advances 0.6 em a character. */
const MONO_EM = 0.602;

/** The estimated width in px of `text` set in the page's sans-serif at `px` (weight 400 or 700 and up). */
export function sansWidth(text: string, px: number, weight: 400 | 700 = 400, letterSpacingEm = 0): number {
  const advance = ADVANCE[weight];
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? advance[code - 32] : 72; // outside ASCII: a wide letter
  }
  return (units / 100) * px + [...text].length * letterSpacingEm * px;
}

/** The width of a figure in the cards' monospace at `px`. */
export function monoWidth(text: string, px: number): number {
  return [...text].length * MONO_EM * px;
}

function words(key: string, params?: Record<string, string | number>): string {
  const template = (cardsEn as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
  return fillTemplate(template, params);
}

/** The room one fact needs on its row: its label (14 px), the gap, its figure (20 px monospace, semibold). */
export function factWidth(f: Fact): number {
  const label = sansWidth(words(f.short ?? f.label, f.labelParams), 14);
  // A list wraps between its items: the widest item must fit beside the label.
  const figure =
    f.parts && f.parts.length > 1 ? Math.max(...f.parts.map((p) => monoWidth(`${p} ·`, 20))) : monoWidth(f.value, 20);
  return label + FACT_GAP + figure;
}

/** The room the kind row needs: icon, the kind's label in capitals (12 px bold, 0.05 em apart), the stake chip. */
export function kindWidth(kindLabel: string, chip: boolean): number {
  return ICON_ROOM + sansWidth(kindLabel.toUpperCase(), 12, 700, 0.05) + (chip ? CHIP_ROOM : 0);
}

/**
 * The card's width: its widest row (the kind row, the name's longest word, as a name wraps between words, and every
 * fact drawn, at most three), within the bounds.
 */
export function cardWidth(entity: Pick<Entity, 'kind' | 'facts' | 'statusLabel'> & { name?: string }): number {
  const chip = entity.kind === 'holder' || entity.kind === 'operator';
  // the kind's label key as kindIcons.ts KIND_LABEL has it (a vault is drawn as a restaking strategy)
  const kindLabel = words(entity.kind === 'vault' ? 'kind.strategy' : `kind.${entity.kind}`);
  const longestWord = Math.max(0, ...(entity.name ?? '').split(/\s+/).map((w) => sansWidth(w, 20, 700)));
  // A name with a status badge beside it ("Validator 1  active") keeps one line where the widest card allows it.
  const nameLine = sansWidth(entity.name ?? '', 20, 700) + statusWidth(entity.statusLabel);
  const nameRow = entity.statusLabel && nameLine + CHROME <= CARD_MAX_WIDTH ? nameLine + 2 : longestWord + 2;
  const rows = [kindWidth(kindLabel, chip), nameRow, ...entity.facts.slice(0, 3).map(factWidth)];
  const need = Math.ceil(Math.max(...rows) + CHROME);
  // In steps of 8 px, so cards of nearly the same need line up.
  return Math.min(CARD_MAX_WIDTH, Math.max(CARD_MIN_WIDTH, Math.ceil(need / 8) * 8));
}

/** The card's tallest (three facts) and shortest heights, and what each row takes (EntityNode.svelte). */
export const CARD_MAX_HEIGHT = 122;
const CARD_MIN_HEIGHT = 80;
/** Borders, padding, the kind row and a one-line name (2 + 4 + 14.4 + 24 + the facts' 2 px margin), with air. */
const HEAD_HEIGHT = 56;
/** A fact row (20 px at line-height 1.2), and the extra line of a two-line name. */
const ROW_HEIGHT = 24;
const SECOND_NAME_LINE = 20;

/**
 * The card's height for its width: the head, its name (a second line when it does not fit one), and its fact rows
 * (a list that does not fit beside its label takes two); a two-line name leaves room for two facts (EntityNode).
 */
export function cardHeight(entity: Pick<Entity, 'facts' | 'name' | 'statusLabel'>, width: number): number {
  const room = width - CHROME;
  // the name shares its row with its status badge (EntityNode's nameRoom)
  const twoLines = sansWidth(entity.name, 20, 700) + statusWidth(entity.statusLabel) > room;
  let rows = 0;
  for (const f of entity.facts.slice(0, 3)) {
    const wraps = !!f.parts && f.parts.length > 1 && factWidthOneLine(f) > room;
    rows += wraps ? 2 : 1;
  }
  rows = Math.min(rows, twoLines ? 2 : 3);
  const height = HEAD_HEIGHT + rows * ROW_HEIGHT + (twoLines ? SECOND_NAME_LINE : 0);
  return Math.min(CARD_MAX_HEIGHT, Math.max(CARD_MIN_HEIGHT, height));
}

/** The room a status badge takes on the name's row (13 px bold, EntityNode `.status`); none without one. */
function statusWidth(label: string | undefined): number {
  return label ? sansWidth(words(label), 13, 700) + STATUS_CHROME : 0;
}

function factWidthOneLine(f: Fact): number {
  return (
    sansWidth(words(f.short ?? f.label, f.labelParams), 14) + FACT_GAP + monoWidth((f.parts ?? []).join(' · '), 20)
  );
}
