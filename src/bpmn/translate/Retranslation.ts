import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import type { Overlays } from '../overlays';
import type { TranslateFn } from './index';

interface Injector {
  get<T>(name: string, strict: false): T | null;
}

interface ContextPad {
  isOpen(): boolean;
  open(target: Element | Element[], force: boolean): void;
}

interface Selection {
  get(): Element[];
}

/**
 * Rewrites in the new language, on diagram-js's `i18n.changed`, what diagram-js and bpmn-js built in the old one and do
 * not rebuild themselves (the palette does; the step badges redraw themselves). What is built at each opening follows
 * the translate service by itself: the context pad open now is opened again, which closes a popup menu opened from it
 * (diagram-js closes them as the pad closes), so the next one opens in the new language, title included.
 */
export default class Retranslation {
  static $inject = ['eventBus', 'injector', 'translate', 'canvas'];

  constructor(
    eventBus: EventBus,
    private readonly injector: Injector,
    private readonly translate: TranslateFn,
    private readonly canvas: Canvas,
  ) {
    eventBus.on('i18n.changed', () => this.retranslate());
  }

  private retranslate(): void {
    const contextPad = this.injector.get<ContextPad>('contextPad', false);
    const selected = this.injector.get<Selection>('selection', false)?.get() ?? [];
    if (contextPad?.isOpen() && selected.length > 0) contextPad.open(selected.length === 1 ? selected[0]! : selected, true);

    const container = this.canvas.getContainer();
    // The search box is made once, with the editor (diagram-js's SearchPad.INPUT_SELECTOR).
    container.querySelector('.djs-search-input input')?.setAttribute('aria-label', this.translate('Search in diagram'));
    const minimap = this.injector.get<{ isOpen(): boolean }>('minimap', false);
    if (minimap) container.querySelector('.djs-minimap > .toggle')?.setAttribute('title', this.translate(minimap.isOpen() ? 'Close minimap' : 'Open minimap'));
    // A collapsed subprocess's button, made once per shape (bpmn-js's DrilldownOverlayBehavior, same title).
    for (const { element, html } of this.injector.get<Overlays>('overlays', false)?.get({ type: 'drilldown' }) ?? []) {
      const businessObject = (element as Element & { businessObject: { name?: string; id: string } }).businessObject;
      if (html instanceof HTMLElement) html.title = this.translate('Open {element}', { element: businessObject.name || businessObject.id });
    }
  }
}
