import ProcessNameService from './ProcessNameService';

export { default as ProcessNameService } from './ProcessNameService';

/** `processName.apply(name)`: the Modeler shows the process record's name in the diagram. */
export const processNameModule = {
  processName: ['type', ProcessNameService],
};
