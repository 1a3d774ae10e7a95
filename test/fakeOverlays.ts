/** Just enough of diagram-js overlays for module tests: a list of { element, type, html }. */
export class FakeOverlays {
  items: { element: unknown; type: string; html: HTMLElement; position: Record<string, number> }[] = [];
  get({ element, type }: { element?: unknown; type: string }) {
    return this.items.filter((item) => item.element === element && item.type === type);
  }
  add(element: unknown, type: string, overlay: { html: HTMLElement; position: Record<string, number> }) {
    this.items.push({ element, type, html: overlay.html, position: overlay.position });
    return String(this.items.length);
  }
  remove({ element, type }: { element?: unknown; type: string }) {
    this.items = this.items.filter((item) => !(item.element === element && item.type === type));
  }
  of(id: string) {
    return this.items.filter((item) => (item.element as { id: string }).id === id);
  }
}
