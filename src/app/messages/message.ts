/**
 * A sentence as the app layer holds it: a key of the catalogue and its parameters, worded by the UI (`tm`).
 * Parameters may themselves be messages ("{operator} set its allocation …: {delay}").
 */
import type { MessageKey } from './en';

export type { MessageKey };

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number | Message>;
}

export const msg = (key: MessageKey, params?: Message['params']): Message => ({ key, params });
