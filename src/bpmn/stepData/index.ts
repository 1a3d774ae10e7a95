import { DataAssociationBehavior } from './DataAssociationBehavior';
import { LinkEntryHandler } from './LinkEntryHandler';
import { ReplaceExtensionHandler } from './ReplaceExtensionHandler';
import { linkEntryCommand, replaceExtensionCommand, StepDataService } from './StepDataService';

interface CommandStack {
  registerHandler(command: string, handler: unknown): void;
}

function registerCommands(commandStack: CommandStack) {
  commandStack.registerHandler(replaceExtensionCommand, ReplaceExtensionHandler);
  commandStack.registerHandler(linkEntryCommand, LinkEntryHandler);
}
registerCommands.$inject = ['commandStack'];

/** Step data editing for the Modeler: the `stepData` service, its undoable commands and behaviours. */
export const stepDataModule = {
  __init__: ['stepDataCommands', 'dataAssociationBehavior'],
  stepDataCommands: ['type', registerCommands],
  stepData: ['type', StepDataService],
  dataAssociationBehavior: ['type', DataAssociationBehavior],
};
