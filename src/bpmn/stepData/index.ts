import { StepDataService, updateStepDataCommand } from './StepDataService';
import { UpdateStepDataHandler } from './UpdateStepDataHandler';

interface CommandStack {
  registerHandler(command: string, handler: unknown): void;
}

function registerCommands(commandStack: CommandStack) {
  commandStack.registerHandler(updateStepDataCommand, UpdateStepDataHandler);
}
registerCommands.$inject = ['commandStack'];

/** Step data editing for the Modeler: the `stepData` service and its undoable command. */
export const stepDataModule = {
  __init__: ['stepDataCommands'],
  stepDataCommands: ['type', registerCommands],
  stepData: ['type', StepDataService],
};
