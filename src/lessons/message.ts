/**
 * A message key with its parameters: the UI owns the words (src/ui/messages), the lesson runner the facts. A
 * parameter may itself be a message (a check's subject in words, phrase.ts).
 */
export interface Message {
  key: string;
  params: Record<string, string | number | Message>;
}
