/**
 * The host-to-widget messages the embed obeys (src/app/embed/protocol.ts): only { type: 'play' | 'pause' }, with
 * an optional source; everything else is ignored. And whose messages are heard (the channel).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelFor, readHostMessage, SOURCE } from '../../../src/app/embed/protocol';

describe('messages from the host', () => {
  it('play and pause are read, with or without our source', () => {
    expect(readHostMessage({ type: 'play' })).toEqual({ type: 'play' });
    expect(readHostMessage({ type: 'pause', source: SOURCE })).toEqual({ type: 'pause', source: SOURCE });
  });

  it.each([
    ['a string', 'play'],
    ['JSON text', '{"type":"play"}'],
    ['a script string', '<script>alert(1)</script>'],
    ['null', null],
    ['a number', 7],
    ['an array', [{ type: 'play' }]],
    ['navigate', { type: 'navigate', url: 'https://example.org' }],
    ['an extra key', { type: 'play', url: 'https://example.org' }],
    ['another source', { type: 'play', source: 'elsewhere' }],
    ['a wrong case', { type: 'Play' }],
    ['a huge type', { type: 'x'.repeat(1_000_000) }],
    ['a huge payload', { type: 'pause', payload: 'x'.repeat(1_000_000) }],
    ['an own __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "type": "play"}')],
    ['a constructor key', JSON.parse('{"constructor": {"prototype": {}}, "type": "play"}')],
    ['a class instance', new Date()],
    ['an object with a getter type', Object.create({ type: 'play' })],
  ])('%s is ignored', (_name, data) => {
    expect(readHostMessage(data)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('nothing but play and pause is ever read (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const m = readHostMessage(data);
        if (m !== null) expect(['play', 'pause']).toContain(m.type);
      }),
    );
  });
});

describe('the channel', () => {
  const parent = {};
  it('without an origin: messages go to any parent; only the parent window is heard', () => {
    const c = channelFor(null);
    expect(c.targetOrigin).toBe('*');
    expect(c.accepts({ origin: 'https://a.org', source: parent as Window }, parent)).toBe(true);
    expect(c.accepts({ origin: 'https://a.org', source: {} as Window }, parent)).toBe(false);
  });
  it('with an origin: messages go only there, and only that origin is heard', () => {
    const c = channelFor('https://blog.example.org');
    expect(c.targetOrigin).toBe('https://blog.example.org');
    expect(c.accepts({ origin: 'https://blog.example.org', source: parent as Window }, parent)).toBe(true);
    expect(c.accepts({ origin: 'https://evil.example', source: parent as Window }, parent)).toBe(false);
  });
});
