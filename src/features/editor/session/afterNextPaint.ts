/**
 * Resolves in a task after the page's next frame is painted, or within `capMs` should no frame come (a page whose
 * rendering is throttled); at once in a hidden tab, which paints no frames.
 */
export function afterNextPaint(capMs = 100): Promise<void> {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const cap = setTimeout(resolve, capMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(cap);
        resolve();
      }),
    );
  });
}
