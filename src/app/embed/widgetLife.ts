/**
 * What every scenario widget does the same way once its scenario is drawn: the host's play and pause reach the
 * players, and playback pauses while the widget cannot be seen.
 */
import type { EmbedStores } from './embedStores.svelte';
import type { HostLink } from './hostLink';
import { watchVisibility } from './visibility';

export function followHost(stores: EmbedStores, host: HostLink, element: Element): () => void {
  const offCommand = host.onCommand((m) => (m.type === 'play' ? stores.play() : stores.pause()));
  const offVisibility = watchVisibility(element, (visible) => stores.setVisible(visible));
  return () => {
    offCommand();
    offVisibility();
  };
}
