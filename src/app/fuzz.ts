/**
 * Fuzz mode (?fuzz[=seconds]&seed=...), after PhET's ?fuzz: random pointer clicks, drags and key presses on the
 * sandbox for a given time, with the engine's invariants checked after every change (the engine asserts them
 * itself and throws on a broken one) and any uncaught error recorded. The result is written to
 * window.__fuzzResult for the end-to-end test, and announced.
 */
import { uniformSource } from '../engine/random/rng';
import type { Sandbox } from './sandbox.svelte';
import { checkInvariants } from '../engine/sim';

export interface FuzzResult {
  done: boolean;
  actions: number;
  errors: string[];
}

declare global {
  interface Window {
    __fuzzResult?: FuzzResult;
  }
}

const KEYS = ['Tab', 'Enter', ' ', 'Escape', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];

export async function runFuzz(
  sandbox: Sandbox,
  { seconds, seed }: { seconds: number; seed: string },
): Promise<FuzzResult> {
  const random = uniformSource(`fuzz:${seed}`).float;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const result: FuzzResult = { done: false, actions: 0, errors: [] };
  window.__fuzzResult = result;
  const onError = (e: ErrorEvent) => result.errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => result.errors.push(String(e.reason?.stack ?? e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  // Links and file pickers would leave the page; the fuzzer stays inside the sandbox.
  const inBounds = (el: Element | null) =>
    !!el && !el.closest('a[href], input[type=file], [data-testid=share], select, header.bar');
  const end = performance.now() + seconds * 1000;

  while (performance.now() < end) {
    result.actions++;
    try {
      const r = random();
      if (r < 0.35) {
        const buttons = [...document.querySelectorAll<HTMLElement>('.sandbox button:not([disabled])')].filter(inBounds);
        if (buttons.length) pick(buttons).click();
      } else if (r < 0.55) {
        const chips = [...document.querySelectorAll<HTMLElement>('[data-chip]')];
        const nodes = [...document.querySelectorAll<HTMLElement>('.svelte-flow__node')];
        if (chips.length && nodes.length) {
          const chip = pick(chips).getBoundingClientRect();
          const to = pick(nodes).getBoundingClientRect();
          const opts = (x: number, y: number) => ({
            bubbles: true,
            clientX: x,
            clientY: y,
            button: 0,
            pointerId: 1,
            isPrimary: true,
          });
          document
            .elementFromPoint(chip.x + chip.width / 2, chip.y + chip.height / 2)
            ?.dispatchEvent(new PointerEvent('pointerdown', opts(chip.x + 5, chip.y + 5)));
          window.dispatchEvent(new PointerEvent('pointermove', opts(to.x + to.width / 2, to.y + to.height / 2)));
          window.dispatchEvent(new PointerEvent('pointerup', opts(to.x + to.width / 2, to.y + to.height / 2)));
        }
      } else if (r < 0.75) {
        const target =
          document.activeElement instanceof HTMLElement && inBounds(document.activeElement)
            ? document.activeElement
            : document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key: pick(KEYS), bubbles: true, cancelable: true }));
      } else if (r < 0.85) {
        const input = document.querySelector<HTMLInputElement>('dialog[open] input[type=number]');
        if (input) {
          input.value = String(Math.round(random() * 100) / 2);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      } else if (r < 0.92) {
        sandbox.scenario.goTo(Math.floor(random() * (sandbox.scenario.log.length + 1)));
      } else {
        const nodes = [...document.querySelectorAll<HTMLElement>('.svelte-flow__node')];
        if (nodes.length) pick(nodes).click();
      }
      if (sandbox.scenario.world) checkInvariants(sandbox.scenario.world);
    } catch (e) {
      result.errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  sandbox.time.stop();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  result.done = true;
  return result;
}
