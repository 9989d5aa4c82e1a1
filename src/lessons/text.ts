/** Narration with its placeholders filled from an observation (the engine's numbers, formatted). */
import { formatValue } from './format';
import { fill, type Block } from './markdown';
import type { Observation } from './observation';
import { resolve, ResolveError } from './resolve';

export interface Filled {
  blocks: Block[];
  /** Placeholders that did not resolve (shown as "?"), with the reason and their line. */
  errors: { line: number; pathText: string; reason: string }[];
}

export function fillBlocks(blocks: readonly Block[], obs: Observation): Filled {
  const errors: Filled['errors'] = [];
  const filled = fill(blocks, (node) => {
    try {
      return formatValue(resolve(node.path, obs), node.format);
    } catch (e) {
      if (!(e instanceof ResolveError)) throw e;
      errors.push({ line: node.line, pathText: node.pathText, reason: e.message });
      return '?';
    }
  });
  return { blocks: filled, errors };
}

