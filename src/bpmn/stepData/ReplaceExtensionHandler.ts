import type { ModdleElement } from 'bpmn-moddle';
import { stepDataType, type StepData } from '../../domain/stepData/stepData';
import { createStepDataElement, isEmptyStepData } from '../../domain/stepData/writeStepData';

export interface ShapeLike {
  id: string;
  businessObject: ModdleElement;
}

interface Context {
  element: ShapeLike;
  data: StepData;
  /** Filled on execute, read on revert. */
  previous?: { extensionElements: ModdleElement | undefined; values: ModdleElement[] | undefined };
}

interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/**
 * Replaces a step's <rw:stepData> as one command, so every annotation edit is undone and redone
 * with the diagram (bpmn-js cmd/*Handler form). Other extension elements stay untouched.
 */
export class UpdateStepDataHandler {
  static $inject = ['moddle'];

  constructor(private readonly moddle: Moddle) {}

  execute(context: Context): ShapeLike[] {
    const bo = context.element.businessObject;
    const existing = bo.get('extensionElements') as ModdleElement | undefined;
    const values = existing ? ((existing.get('values') as ModdleElement[] | undefined) ?? []) : [];
    context.previous = { extensionElements: existing, values: existing ? [...values] : undefined };

    const others = values.filter((value) => value.$type !== stepDataType);
    const next = isEmptyStepData(context.data) ? others : [...others, this.child(context.data)];
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

  revert(context: Context): ShapeLike[] {
    const bo = context.element.businessObject;
    const previous = context.previous;
    if (previous?.extensionElements && previous.values) previous.extensionElements.set('values', previous.values);
    bo.set('extensionElements', previous?.extensionElements);
    return [context.element];
  }

  private child(data: StepData): ModdleElement {
    return createStepDataElement(this.moddle, data);
  }
}
