import { readStepData, type StepData } from '../../domain/stepData/stepData';
import { emptyStepData } from '../../domain/stepData/writeStepData';
import type { ShapeLike } from './UpdateStepDataHandler';

interface CommandStack {
  execute(command: string, context: object): void;
  registerHandler(command: string, handler: unknown): void;
}

export const updateStepDataCommand = 'rw.stepData.update';

/** Reads and changes what a step records; every change goes through the command stack. */
export class StepDataService {
  static $inject = ['commandStack'];

  constructor(private readonly commandStack: CommandStack) {}

  get(element: ShapeLike): StepData {
    return readStepData(element.businessObject).data ?? emptyStepData;
  }

  update(element: ShapeLike, data: StepData): void {
    this.commandStack.execute(updateStepDataCommand, { element, data });
  }

  /** Steps that can carry data: flow nodes (tasks, sub-processes, events, gateways). */
  canAnnotate(element: ShapeLike & { labelTarget?: unknown }): boolean {
    return !element.labelTarget && element.businessObject.$instanceOf('bpmn:FlowNode');
  }
}
