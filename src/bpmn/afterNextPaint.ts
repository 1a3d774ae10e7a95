/**
 * Resolves in a task after the page's next frame is painted, or after `capMs` should no frame come (a page whose
 * rendering is throttled); at once in a hidden tab, which paints no frames. The cap is long: the first frame after
 * an edit of 20,000 nodes waits for the last one's raster and comes a few hundred milliseconds later.
 */
export function afterNextPaint(capMs = 1000): Promise<void> {
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
