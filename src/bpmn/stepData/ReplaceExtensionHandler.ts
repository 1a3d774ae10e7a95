import type { ModdleElement } from 'bpmn-moddle';

export interface ShapeLike {
  id: string;
  businessObject: ModdleElement;
}

export interface ReplaceExtensionContext {
  element: ShapeLike;
  /** The $type of the extension element to replace, such as rw:StepData. */
  type: string;
  /** The new extension element, or null to remove it. */
  replacement: ModdleElement | null;
  /** Filled on execute, read on revert. */
  previous?: { extensionElements: ModdleElement | undefined; values: ModdleElement[] | undefined };
}

interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/**
 * Replaces one of our extension elements on a BPMN element as a single command, so every
 * annotation edit is undone and redone with the diagram (bpmn-js cmd/*Handler form).
 * Other vendors' extension elements stay untouched.
 */
export class ReplaceExtensionHandler {
  static $inject = ['moddle'];

  constructor(private readonly moddle: Moddle) {}

  execute(context: ReplaceExtensionContext): ShapeLike[] {
    const bo = context.element.businessObject;
    const existing = bo.get('extensionElements') as ModdleElement | undefined;
    const values = existing ? ((existing.get('values') as ModdleElement[] | undefined) ?? []) : [];
    context.previous = { extensionElements: existing, values: existing ? [...values] : undefined };

    const others = values.filter((value) => value.$type !== context.type);
    const next = context.replacement ? [...others, context.replacement] : others;
    if (next.length === 0) {
      bo.set('extensionElements', undefined);
    } else {
      const extensions = existing ?? this.moddle.create('bpmn:ExtensionElements', { values: [] });
      extensions.$parent = bo;
      next.forEach((value) => (value.$parent = extensions));
      extensions.set('values', next);
      bo.set('extensionElements', extensions);
    }
    return [context.element];
  }

  revert(context: ReplaceExtensionContext): ShapeLike[] {
    const bo = context.element.businessObject;
    const previous = context.previous;
    if (previous?.extensionElements && previous.values) previous.extensionElements.set('values', previous.values);
    bo.set('extensionElements', previous?.extensionElements);
    return [context.element];
  }
}
