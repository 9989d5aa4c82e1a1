/** What the "Embed this" dialog writes a snippet for: the sandbox's scenario as it is now, or a lesson's step. */
export type EmbedTarget =
  | { kind: 'scenario'; title: () => string; json: () => unknown }
  | { kind: 'lesson'; title: string; id: string; step: string };
