/**
 * The one way the UI turns a message key into text: `t('sandbox.refused', { reason })`. Placeholders are named
 * (`{reason}`), never concatenated, so a translation can reorder them. English is the only catalogue today;
 * another language is a second file with the same keys.
 */
import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogue: Record<MessageKey, string> = en;

export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogue[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A message held by the app layer as a key with parameters (parameters may themselves be messages). */
export interface MessageRef {
  key: MessageKey;
  params?: Record<string, string | number | MessageRef>;
}

export function tm(m: MessageRef | null | undefined): string {
  if (!m) return '';
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = typeof v === 'object' ? tm(v) : v;
  return t(m.key, params);
}
