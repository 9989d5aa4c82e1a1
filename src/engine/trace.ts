/**
 * Every event explains itself: an ordered list of steps, each with amounts, the entities involved, its causal
 * parent (so a cascade can be drawn as a tree and animated in order) and one plain-language sentence.
 */
import type { Movement } from './ledger/ledger';
import { render, type EngineMessage } from './messages/say';
import { englishReady } from './messages/english';

/** Which layer of the stack a step happened in; the UI colours and groups steps by it. */
export type Layer = 'time' | 'chain' | 'liquid' | 'restaking' | 'service' | 'market' | 'security' | 'system';

export interface TraceStep {
  id: number;
  parent: number | null;
  kind: string;
  layer: Layer;
  entities: string[];
  /** Named amounts in the asset's smallest unit (gwei for ETH), e.g. { penalty: 7812500n }. */
  amounts: Record<string, bigint>;
  movements: Movement[];
  /**
   * The sentence in English (what the CLI prints and tests read): `message` rendered with the English catalogue
   * when it is first read, not when the step is recorded, so the templates can load after the engine (see
   * messages/english.ts; '' until they are loaded).
   */
  text: string;
  /** The sentence as a catalogue key with plain parameters, so the UI can show it in another language. */
  message?: EngineMessage;
}

/** A step is given its sentence as a message (preferred: its English `text` is rendered from it) or as text. */
export type StepInput = Omit<TraceStep, 'id' | 'parent' | 'movements' | 'text' | 'message'> & {
  parent?: number | null;
  movements?: Movement[];
} & ({ message: EngineMessage; text?: undefined } | { text: string; message?: undefined });

/** Collects steps for one event. */
export class Tracer {
  readonly steps: TraceStep[] = [];

  /** `observe`, when given, is told of each step as soon as it is recorded (stepWorlds.ts reads the world then). */
  constructor(
    private readonly base = 0,
    private readonly observe?: (step: TraceStep, index: number) => void,
  ) {}

  step(input: StepInput): number {
    const id = this.base + this.steps.length;
    const step = {
      id,
      parent: input.parent ?? null,
      kind: input.kind,
      layer: input.layer,
      entities: input.entities,
      amounts: input.amounts,
      movements: input.movements ?? [],
      text: input.text ?? '',
    } as TraceStep;
    if (input.message) setMessage(step, input.message);
    this.steps.push(step);
    this.observe?.(this.steps[this.steps.length - 1], this.steps.length - 1);
    return id;
  }

  /** The last step recorded, for appending movements produced after it was opened. */
  get last(): TraceStep | undefined {
    return this.steps[this.steps.length - 1];
  }
}

/**
 * Gives a step its message (also a step opened before its sentence was known: a summary of a day, a genesis total).
 * Its `text` is rendered when read and kept once the English templates are loaded; it stays enumerable, so a copy
 * or a structured clone (a worker's reply) carries the sentence as a plain string.
 */
export function setMessage(step: TraceStep, message: EngineMessage): void {
  step.message = message;
  Object.defineProperty(step, 'text', {
    enumerable: true,
    configurable: true,
    get(this: TraceStep): string {
      if (!englishReady()) return '';
      const text = render(message);
      Object.defineProperty(this, 'text', { value: text, enumerable: true, configurable: true, writable: true });
      return text;
    },
    set(this: TraceStep, text: string) {
      Object.defineProperty(this, 'text', { value: text, enumerable: true, configurable: true, writable: true });
    },
  });
}
