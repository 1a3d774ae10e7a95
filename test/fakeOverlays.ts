/** Just enough of diagram-js overlays for module tests: a list of { id, element, type, html }. */
export class FakeOverlays {
  items: { id: string; element: unknown; type: string; html: HTMLElement; position: Record<string, number> }[] = [];
  private next = 0;
  get(search: { element?: unknown; type: string } | string) {
    // By id, as diagram-js: the one overlay, or undefined once it is removed.
    if (typeof search === 'string') return this.items.find((item) => item.id === search);
    return this.items.filter((item) => item.element === search.element && item.type === search.type);
  }
  add(element: unknown, type: string, overlay: { html: HTMLElement; position: Record<string, number> }) {
    const id = `overlay-${++this.next}`;
    this.items.push({ id, element, type, html: overlay.html, position: overlay.position });
    return id;
  }
  remove({ element, type }: { element?: unknown; type: string }) {
    this.items = this.items.filter((item) => !(item.element === element && item.type === type));
  }
  of(id: string) {
    return this.items.filter((item) => (item.element as { id: string }).id === id);
  }
}
