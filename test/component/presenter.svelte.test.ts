/**
 * Presenter mode's store (src/app/presenter.svelte.ts) over its machine (presenterMachine.ts), with a stand-in page
 * and target: entering and leaving set <html data-present> and `?present` in the address; Escape closes the help,
 * then the blank, then presenter mode; a blank screen ignores stepping; F asks for full screen. Then the links
 * (studentLink.ts) and the QR code (qrCode.ts), decoded back with the same library's decoder.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import decodeQR from '@paulmillr/qr/decode.js';
import { Presenter, type PresenterEnv, type PresenterTarget } from '../../src/app/presenter.svelte';
import { presenterMachine } from '../../src/app/presenterMachine';
import { lessonHash, studentUrl, withPresent } from '../../src/app/studentLink';
import { qrModules, qrPath, QR_MAX_BYTES } from '../../src/app/qrCode';
import type { Move } from '../../src/app/presenterSteps';

function fakeEnv(href = 'http://127.0.0.1:4188/?theme=projector#/sandbox') {
  const state = { flag: false, href, fullscreen: false, requested: 0, exited: 0 };
  const env: PresenterEnv = {
    setFlag: (on) => (state.flag = on),
    href: () => state.href,
    replaceUrl: (url) => (state.href = url),
    isFullscreen: () => state.fullscreen,
    requestFullscreen: async () => {
      state.requested++;
      state.fullscreen = true;
    },
    exitFullscreen: async () => {
      state.exited++;
      state.fullscreen = false;
    },
  };
  return { env, state };
}

function fakeTarget() {
  const calls: string[] = [];
  const target: PresenterTarget = {
    kind: 'lesson',
    notes: 'Misconception to address.',
    where: { title: 'A lesson', lesson: { step: 1, steps: 3, stepTitle: 'One', phase: 'act' }, cascade: null },
    caption: null,
    forward: (): Move => (calls.push('forward'), 'showMe'),
    back: (): Move => (calls.push('back'), 'atStart'),
    reset: () => void calls.push('reset'),
    refit: () => void calls.push('refit'),
    studentLink: async () => ({ url: 'http://x/#/lesson/a/b' }),
  };
  return { target, calls };
}

describe('the presenter machine', () => {
  it('Escape closes the help first, then the blank screen, then presenter mode', () => {
    const actor = createActor(presenterMachine).start();
    actor.send({ type: 'ENTER' });
    actor.send({ type: 'BLANK' });
    actor.send({ type: 'HELP' });
    expect(actor.getSnapshot().value).toEqual({ on: { screen: 'blank', help: 'open' } });
    actor.send({ type: 'ESCAPE' });
    expect(actor.getSnapshot().value).toEqual({ on: { screen: 'blank', help: 'closed' } });
    actor.send({ type: 'ESCAPE' });
    expect(actor.getSnapshot().value).toEqual({ on: { screen: 'shown', help: 'closed' } });
    actor.send({ type: 'ESCAPE' });
    expect(actor.getSnapshot().value).toBe('off');
  });
  it('keeps the notes choice across leaving and coming back; the students’ link closes on leaving', () => {
    const actor = createActor(presenterMachine).start();
    actor.send({ type: 'ENTER' });
    actor.send({ type: 'TOGGLE_NOTES' });
    actor.send({ type: 'TOGGLE_SHARE' });
    expect(actor.getSnapshot().context).toEqual({ notes: false, share: true });
    actor.send({ type: 'EXIT' });
    actor.send({ type: 'ENTER' });
    expect(actor.getSnapshot().context).toEqual({ notes: false, share: false });
  });
  it('off, only ENTER does anything', () => {
    const actor = createActor(presenterMachine).start();
    for (const type of ['BLANK', 'HELP', 'ESCAPE', 'EXIT'] as const) actor.send({ type });
    expect(actor.getSnapshot().value).toBe('off');
  });
});

describe('the presenter store', () => {
  it('entering sets the root flag and ?present (other parameters and the hash kept); leaving takes them away', () => {
    const { env, state } = fakeEnv();
    const p = new Presenter(fakeTarget().target, env, false);
    expect(p.active).toBe(false);
    p.enter();
    expect(p.active).toBe(true);
    expect(state.flag).toBe(true);
    expect(state.href).toBe('http://127.0.0.1:4188/?theme=projector&present#/sandbox');
    p.exit();
    expect(state.flag).toBe(false);
    expect(state.href).toBe('http://127.0.0.1:4188/?theme=projector#/sandbox');
  });

  it('opened with ?present it starts on; Escape three times leaves, and leaves full screen too', async () => {
    const { env, state } = fakeEnv('http://h/?present#/lesson/a');
    const p = new Presenter(fakeTarget().target, env, true);
    expect(p.active).toBe(true);
    await p.toggleFullscreen();
    expect(state.requested).toBe(1);
    p.run('help');
    p.run('blank');
    expect([p.help, p.blank]).toEqual([true, true]);
    p.run('exit');
    expect([p.help, p.blank]).toEqual([false, true]);
    p.run('exit');
    expect([p.help, p.blank, p.active]).toEqual([false, false, true]);
    p.run('exit');
    expect(p.active).toBe(false);
    expect(state.href).toBe('http://h/#/lesson/a');
    expect(state.exited).toBe(1);
  });

  it('steps, resets and toggles through run(); a blank screen lets only B and Escape through', () => {
    const { target, calls } = fakeTarget();
    const p = new Presenter(target, fakeEnv().env, true);
    p.run('forward');
    expect(p.lastMove).toBe('showMe');
    p.run('back');
    expect(p.lastMove).toBe('atStart');
    p.run('reset');
    expect(p.lastMove).toBeNull();
    expect(calls).toEqual(['forward', 'back', 'reset']);
    p.run('blank');
    expect(p.blank).toBe(true);
    p.run('forward');
    p.run('reset');
    p.run('help');
    p.run('notes');
    expect(calls).toEqual(['forward', 'back', 'reset']);
    expect(p.help).toBe(false);
    expect(p.notesShown).toBe(true);
    p.run('blank');
    expect(p.blank).toBe(false);
    p.run('notes');
    expect(p.notesShown).toBe(false);
  });

  it('F asks for full screen, and again leaves it', async () => {
    const { env, state } = fakeEnv();
    const p = new Presenter(fakeTarget().target, env, true);
    await p.toggleFullscreen();
    await p.toggleFullscreen();
    expect([state.requested, state.exited, state.fullscreen]).toEqual([1, 1, false]);
  });

  it('a refused full screen leaves the page as it is', async () => {
    const { env } = fakeEnv();
    env.requestFullscreen = vi.fn(() => Promise.reject(new Error('not allowed')));
    const p = new Presenter(fakeTarget().target, env, true);
    await expect(p.toggleFullscreen()).resolves.toBeUndefined();
    expect(p.active).toBe(true);
  });
});

describe('the students’ link', () => {
  it('withPresent adds a bare ?present once and removes every form of it', () => {
    expect(withPresent('http://h/#/x', true)).toBe('http://h/?present#/x');
    expect(withPresent('http://h/?present#/x', true)).toBe('http://h/?present#/x');
    expect(withPresent('http://h/?a=1&present=true&b=2#/x', false)).toBe('http://h/?a=1&b=2#/x');
    expect(withPresent('http://h/?present=1', false)).toBe('http://h/');
    // a parameter whose name merely starts with "present" is someone else's
    expect(withPresent('http://h/?presenter=x', false)).toBe('http://h/?presenter=x');
  });
  it('studentUrl opens the given view without presenter mode or the projector theme', () => {
    expect(studentUrl('http://h/app/?theme=projector&present#/sandbox', lessonHash('restaking', 'slash'))).toBe(
      'http://h/app/#/lesson/restaking/slash',
    );
    expect(studentUrl('http://h/?present', '#/sandbox?s=v2.abc')).toBe('http://h/#/sandbox?s=v2.abc');
    // the share link as the loader makes it: its hash kept
    expect(studentUrl('http://h/?theme=dark&seed=x&present#/sandbox?s=v2.abc')).toBe(
      'http://h/?seed=x#/sandbox?s=v2.abc',
    );
  });
});

describe('the QR code', () => {
  /** The modules drawn as an RGBA image, `scale` pixels a module, as a camera would see the screen. */
  function render(modules: boolean[][], scale = 4) {
    const n = modules.length * scale;
    const data = new Uint8Array(n * n * 4);
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const v = modules[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
        data.set([v, v, v, 255], (y * n + x) * 4);
      }
    return { width: n, height: n, data };
  }

  it.each([
    'http://127.0.0.1:4188/#/lesson/stake-at-risk/what-an-attack-would-pay',
    `http://127.0.0.1:4188/#/sandbox?s=v2.${'H4sIAAAAAAAAA'.repeat(60)}`,
  ])('decodes back to the link (%#)', (url) => {
    const modules = qrModules(url);
    expect(modules).not.toBeNull();
    expect(decodeQR(render(modules!))).toBe(url);
  });

  it('draws one unit square per dark module, in a viewBox as large as the code', () => {
    const url = 'http://h/#/lesson/a/b';
    const modules = qrModules(url)!;
    const path = qrPath(url);
    expect(path.ok).toBe(true);
    if (!path.ok) return;
    expect(path.size).toBe(modules.length);
    const dark = modules.flat().filter(Boolean).length;
    expect(path.path.match(/h1v1h-1z/g)?.length).toBe(dark);
    // the quiet border: two light modules all round
    expect(modules[0].some(Boolean) || modules[1].some(Boolean)).toBe(false);
  });

  it('refuses a link longer than the largest code holds', () => {
    expect(qrModules('x'.repeat(QR_MAX_BYTES + 1))).toBeNull();
    expect(qrPath('x'.repeat(QR_MAX_BYTES + 1))).toEqual({ ok: false });
  });
});
