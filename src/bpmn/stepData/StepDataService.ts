import type { ModdleElement } from 'bpmn-moddle';
import { entryLinkType, linkedKind, readEntryLink } from '../../domain/stepData/entryLink';
import { flowDataType, readFlowData, readStepData, stepDataType, type StepData } from '../../domain/stepData/stepData';
import { createFlowDataElement, createStepDataElement, emptyStepData, isEmptyStepData } from '../../domain/stepData/writeStepData';
import type { ShapeLike } from './ReplaceExtensionHandler';

interface CommandStack {
  execute(command: string, context: object): void;
}

interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

interface Modeling {
  updateProperties(element: ShapeLike, properties: Record<string, unknown>): void;
}

export interface ConnectionLike extends ShapeLike {
  source: ShapeLike;
  target: ShapeLike;
}

export const replaceExtensionCommand = 'rw.extension.replace';
export const linkEntryCommand = 'rw.entryLink.update';

/** Reads and changes what steps and data objects record; every change goes through the command stack. */
export class StepDataService {
  static $inject = ['commandStack', 'moddle', 'modeling'];

  constructor(
    private readonly commandStack: CommandStack,
    private readonly moddle: Moddle,
    private readonly modeling: Modeling,
  ) {}

  get(element: ShapeLike): StepData {
    return readStepData(element.businessObject).data ?? emptyStepData;
  }

  update(element: ShapeLike, data: StepData): void {
    const replacement = isEmptyStepData(data) ? null : createStepDataElement(this.moddle, data);
    this.commandStack.execute(replaceExtensionCommand, { element, type: stepDataType, replacement });
  }

  /** How likely a sequence flow is taken, 0–1; undefined when not recorded. */
  flowProbability(flow: ShapeLike): number | undefined {
    return readFlowData(flow.businessObject).data?.probability;
  }

  setFlowProbability(flow: ShapeLike, probability: number | undefined): void {
    this.commandStack.execute(replaceExtensionCommand, { element: flow, type: flowDataType, replacement: createFlowDataElement(this.moddle, { probability }) });
  }

  /** Makes a flow its gateway's default flow (the BPMN way to mark the usual outcome), or takes that mark away. */
  setDefaultFlow(flow: ConnectionLike, isDefault: boolean): void {
    this.modeling.updateProperties(flow.source, { default: isDefault ? flow.businessObject : undefined });
  }

  /** Links a data object or store to a dictionary entry; the steps it is already associated with record it too. */
  linkEntry(element: ShapeLike, ref: string | undefined): void {
    this.commandStack.execute(linkEntryCommand, { element, ref });
  }

  setLink(element: ShapeLike, ref: string | undefined): void {
    const replacement = ref ? this.moddle.create(entryLinkType, { ref }) : null;
    this.commandStack.execute(replaceExtensionCommand, { element, type: entryLinkType, replacement });
  }

  /**
   * A data association drawn between a linked data object (or store) and a step records the
   * document (or system) on the step: as input when the data flows into the step, else as output.
   */
  recordAssociation(connection: ConnectionLike): void {
    const bo = connection.businessObject;
    const input = bo.$instanceOf('bpmn:DataInputAssociation');
    if (!input && !bo.$instanceOf('bpmn:DataOutputAssociation')) return;
    const [data, step] = input ? [connection.source, connection.target] : [connection.target, connection.source];
    const ref = readEntryLink(data.businessObject);
    const kind = linkedKind(data.businessObject);
    if (!ref || !kind || !step.businessObject.$instanceOf('bpmn:FlowNode')) return;
    const current = this.get(step);
    const direction = input ? 'input' : 'output';
    if (kind === 'document') {
      if (current.documents.some((d) => d.ref === ref && d.direction === direction)) return;
      this.update(step, { ...current, documents: [...current.documents, { ref, direction }] });
    } else {
      const access = input ? 'read' : 'write';
      const existing = current.systems.find((s) => s.ref === ref);
      if (existing && (existing.access === access || existing.access === 'readWrite')) return;
      const systems = existing
        ? current.systems.map((s) => (s.ref === ref ? { ...s, access: 'readWrite' as const } : s))
        : [...current.systems, { ref, access: access as 'read' | 'write' }];
      this.update(step, { ...current, systems });
    }
  }
}
