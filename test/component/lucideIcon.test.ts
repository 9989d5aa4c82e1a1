// @vitest-environment jsdom
/**
 * LucideIcon.svelte draws the same SVG as @lucide/svelte's component for the icon: same attributes (size, stroke,
 * classes, aria-hidden when nothing names it), same elements inside, for the ways the UI draws icons.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { Play as LucidePlay, TriangleAlert as LucideTriangle, Boxes as LucideBoxes } from '@lucide/svelte';
import LucideIcon from '../../src/ui/icons/LucideIcon.svelte';
import { Play } from '../../src/ui/icons/lucide/play';
import { TriangleAlert } from '../../src/ui/icons/lucide/triangle-alert';
import { Boxes } from '../../src/ui/icons/lucide/boxes';

/** An SVG's attributes (sorted) and its inner markup. */
function drawn(container: HTMLElement): { attributes: string[]; inner: string } {
  const svg = container.querySelector('svg')!;
  return {
    attributes: [...svg.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    inner: svg.innerHTML.replace(/<!---->/g, ''),
  };
}

const cases: [string, Component<Record<string, unknown>>, unknown, Record<string, unknown>][] = [
  ['play, 18 px, aria-hidden', LucidePlay as never, Play, { size: 18, 'aria-hidden': 'true' }],
  ['triangle-alert, 16 px with a class', LucideTriangle as never, TriangleAlert, { size: 20, class: 'muted-icon' }],
  ['boxes, 14 px, nothing else', LucideBoxes as never, Boxes, { size: 14 }],
  ['play, named by aria-label', LucidePlay as never, Play, { size: 16, 'aria-label': 'Play' }],
];

describe('LucideIcon', () => {
  it.each(cases)('%s: the same SVG as @lucide/svelte', (_, Packaged, icon, props) => {
    const theirs = drawn(render(Packaged, { props }).container);
    const ours = drawn(render(LucideIcon, { props: { icon, ...props } as never }).container);
    expect(ours).toEqual(theirs);
    expect(ours.inner).toContain('<path');
  });
});
