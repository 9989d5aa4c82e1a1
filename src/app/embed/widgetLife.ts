/**
 * What every scenario widget does the same way once its scenario is drawn: the host's play and pause reach the
 * players, and playback pauses while the widget cannot be seen.
 */
import type { HostLink } from './hostLink';
import { watchVisibility } from './visibility';

/** What the host and the page's visibility may ask of a widget's stores (EmbedStores, CascadeStores). */
export interface Playable {
  play(): void;
  pause(): void;
  setVisible(visible: boolean): void;
}

export function followHost(stores: Playable, host: HostLink, element: Element): () => void {
  const offCommand = host.onCommand((m) => (m.type === 'play' ? stores.play() : stores.pause()));
  const offVisibility = watchVisibility(element, (visible) => stores.setVisible(visible));
  return () => {
    offCommand();
    offVisibility();
  };
}
