/** Just enough of diagram-js overlays for module tests: a list of { id, element, type, html }. */
export class FakeOverlays {
  items: { id: string; element: unknown; type: string; html: HTMLElement; position: Record<string, number>; show?: { minZoom?: number } }[] = [];
  private added = 0;
  get(search: string | { element?: unknown; type: string }) {
    // As diagram-js: by id one overlay (or nothing), by element and type a list.
    if (typeof search === 'string') return this.items.find((item) => item.id === search) ?? null;
    return this.items.filter((item) => item.element === search.element && item.type === search.type);
  }
  add(element: unknown, type: string, overlay: { html: HTMLElement; position: Record<string, number>; show?: { minZoom?: number } }) {
    const id = `overlay-${++this.added}`;
    this.items.push({ id, element, type, html: overlay.html, position: overlay.position, show: overlay.show });
    return id;
  }
  remove(search: string | { element?: unknown; type: string }) {
    // As diagram-js: by id that overlay, by element and type all of them.
    this.items = this.items.filter((item) => (typeof search === 'string' ? item.id !== search : !(item.element === search.element && item.type === search.type)));
  }
  of(id: string) {
    return this.items.filter((item) => (item.element as { id: string }).id === id);
  }
}
