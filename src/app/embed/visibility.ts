/**
 * Whether the widget can be seen: false while it is scrolled out of the host page's view (IntersectionObserver,
 * which inside a frame measures against the top page's viewport) or while the tab is in the background
 * (document.hidden). The widget pauses its playback then, so an article with several widgets plays only the one
 * being read.
 */
export function watchVisibility(element: Element, onChange: (visible: boolean) => void): () => void {
  let onScreen = true;
  let last: boolean | null = null;
  const report = () => {
    const visible = onScreen && !document.hidden;
    if (visible !== last) {
      last = visible;
      onChange(visible);
    }
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => {
          onScreen = entries.some((e) => e.isIntersecting);
          report();
        });
  observer?.observe(element);
  document.addEventListener('visibilitychange', report);
  return () => {
    observer?.disconnect();
    document.removeEventListener('visibilitychange', report);
  };
}
