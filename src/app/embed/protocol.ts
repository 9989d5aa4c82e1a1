/**
 * The embed's postMessage protocol (documented in docs/embedding.md).
 *
 * To the host page, always with `source: 'restaking-lab'` so a host that hears several frames can tell ours:
 *   ready   { widget, height }          the widget is drawn (or its poster, with loadOnClick)
 *   resize  { height }                  the document's height in CSS px changed
 *   error   { problems: string[] }      the widget cannot start (a bad parameter, a scenario that cannot load)
 * None of them carries the scenario or anything the reader did: only sizes, the widget's kind and sentences about
 * the embed's own URL, which the host wrote. That is why, without an `origin` parameter, they may go to any
 * parent ('*'): a page that frames the widget learns nothing it did not already know.
 *
 * From the host, only `{ type: 'play' }` and `{ type: 'pause' }` (optionally with the same `source`), checked by a
 * strict schema: anything else (other keys, other types, strings, huge payloads) is ignored. Both do what the
 * reader's own Play and Pause buttons do, so a hostile host can do no more than a reader could.
 */
import * as v from 'valibot';
import type { WidgetKind } from './params';

export const SOURCE = 'restaking-lab';

export type OutgoingMessage =
  | { source: typeof SOURCE; type: 'ready'; widget: WidgetKind; height: number }
  | { source: typeof SOURCE; type: 'resize'; height: number }
  | { source: typeof SOURCE; type: 'error'; problems: string[] };

export const HostMessageSchema = v.strictObject({
  source: v.optional(v.literal(SOURCE)),
  type: v.picklist(['play', 'pause']),
});
export type HostMessage = v.InferOutput<typeof HostMessageSchema>;

/** A host's message if it is one of the few the widget obeys, else null (the caller ignores it). */
export function readHostMessage(data: unknown): HostMessage | null {
  // Only plain objects: a string is never parsed (no JSON, no script), an array or a class instance is refused.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const result = v.safeParse(HostMessageSchema, data);
  return result.success ? result.output : null;
}

/**
 * Where messages go and whose are heard: with an `origin` parameter, only that origin both ways; without, the
 * outgoing ones (safe, see above) to '*', and incoming ones from the parent window whatever its origin.
 */
export interface Channel {
  targetOrigin: string;
  accepts(event: Pick<MessageEvent, 'origin' | 'source'>, parent: unknown): boolean;
}

export function channelFor(origin: string | null): Channel {
  return {
    targetOrigin: origin ?? '*',
    accepts: (event, parent) => event.source === parent && (origin === null || event.origin === origin),
  };
}
