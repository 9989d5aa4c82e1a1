/**
 * The sandbox's layout as the learner left it: the side panel's width and whether it is hidden, remembered in
 * localStorage (best effort), and which view it shows when inspector and narration share it as tabs.
 */
import { createContext } from 'svelte';

export type SideTab = 'inspector' | 'narration';

/** The side panel's width limits (CSS px): at least a readable inspector, at most 60% of the window. */
export const SIDE_MIN = 288;
export function clampSideWidth(width: number, viewport: number): number {
  const max = Math.max(SIDE_MIN, Math.min(viewport * 0.6, 1200));
  return Math.round(Math.max(SIDE_MIN, Math.min(max, width)));
}

export const LAYOUT_KEY = 'restaking-lab:layout:v1';
interface SavedLayout {
  sideWidth: number | null;
  sideCollapsed: boolean;
}

function readLayout(): SavedLayout {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(LAYOUT_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<SavedLayout>) : {};
    return {
      sideWidth: typeof v.sideWidth === 'number' && Number.isFinite(v.sideWidth) ? v.sideWidth : null,
      sideCollapsed: v.sideCollapsed === true,
    };
  } catch {
    return { sideWidth: null, sideCollapsed: false };
  }
}

export class LayoutPrefs {
  #sideTab = $state<SideTab>('inspector');
  /** null: the default width. */
  #sideWidth = $state<number | null>(null);
  #sideCollapsed = $state(false);

  constructor() {
    const saved = readLayout();
    this.#sideWidth = saved.sideWidth;
    this.#sideCollapsed = saved.sideCollapsed;
  }

  get sideTab(): SideTab {
    return this.#sideTab;
  }
  get sideWidth(): number | null {
    return this.#sideWidth;
  }
  get sideCollapsed(): boolean {
    return this.#sideCollapsed;
  }

  setSideWidth(width: number | null, viewport: number): void {
    this.#sideWidth = width === null ? null : clampSideWidth(width, viewport);
    this.#save();
  }

  setSideCollapsed(collapsed: boolean): void {
    this.#sideCollapsed = collapsed;
    this.#save();
  }

  /** Opens the side panel on a view (a selection shows the inspector, a cascade the narration). */
  showSide(tab: SideTab): void {
    this.#sideTab = tab;
  }

  #save(): void {
    try {
      localStorage.setItem(
        LAYOUT_KEY,
        JSON.stringify({ sideWidth: this.#sideWidth, sideCollapsed: this.#sideCollapsed }),
      );
    } catch {
      /* storage may be unavailable (private mode): the layout just is not remembered */
    }
  }
}

export const [getLayoutPrefs, setLayoutPrefs] = createContext<LayoutPrefs>();
