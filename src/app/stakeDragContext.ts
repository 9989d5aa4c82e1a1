/**
 * The page's stake drag, given to the components under the page (the sandbox, a lesson, an embed). Apart from the
 * drag itself so that a component loaded later (the amount picker, the carried chip) reads it without pulling in
 * what the drag imports.
 */
import { createContext } from 'svelte';
import type { StakeDrag } from './stakeDrag.svelte';

export const [getStakeDrag, setStakeDrag] = createContext<StakeDrag>();
