/**
 * A glossary term's name and definition in the active language. Loaded with their part of the catalogue, never with
 * a first view (src/ui/glossary/definitions.svelte.ts loads it).
 */
import '../messages/glossaryDefinitions';
import { t, type MessageKey } from '../messages';

export function termOf(id: string): string {
  return t(`glossary.${id}.term` as MessageKey);
}

export function definitionOf(id: string): string {
  return t(`glossaryDef.${id}` as MessageKey);
}
