// bpmn-js-differ ships JavaScript only; this is the part we call. The differ walks two moddle
// trees, pairs array items by id, and reports each difference to the handler it is given.
declare module 'bpmn-js-differ' {
  import type { ModdleElement } from 'bpmn-moddle';

  export interface ChangeHandlerLike {
    added(model: ModdleElement, property: string, element: unknown, index: number): void;
    removed(model: ModdleElement, property: string, element: unknown, index: number): void;
    changed(model: ModdleElement, property: string, newValue?: unknown, oldValue?: unknown): void;
    moved(model: ModdleElement, property: string, oldIndex: number, newIndex: number): void;
  }

  export function diff<H extends ChangeHandlerLike>(oldDefinitions: ModdleElement, newDefinitions: ModdleElement, handler: H): H;
}
