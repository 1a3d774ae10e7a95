import type { ModdleElement } from 'bpmn-moddle';
import type { Element } from 'diagram-js/lib/model/Types';
import { mainProcess, processNameChanges } from '../../domain/processName';

interface Modeling {
  updateModdleProperties(element: Element, moddleElement: ModdleElement, properties: Record<string, unknown>): void;
}

interface CommandStack {
  registerHandler(command: string, handler: unknown): void;
  execute(command: string, context: object): void;
}

interface Context {
  changes: { element: ModdleElement; name: string }[];
  /** Any drawn element, for bpmn-js to redraw; the pool itself when one shows the name. */
  shapes: Map<ModdleElement, Element>;
  fallback: Element;
}

export const renameProcessCommand = 'rw.process.rename';

/** The pool's label and the process's name, changed in one undo step. */
class RenameProcessHandler {
  static $inject = ['modeling'];

  constructor(private readonly modeling: Modeling) {}

  preExecute({ changes, shapes, fallback }: Context): void {
    for (const { element, name } of changes) this.modeling.updateModdleProperties(shapes.get(element) ?? fallback, element, { name });
  }

  execute(): Element[] {
    return [];
  }

  revert(): Element[] {
    return [];
  }
}

/**
 * The workbench's process record names the process; the diagram shows that name (a pool's label or
 * the process's name), so an exported file says what the project says. `apply` writes the record's
 * name into the diagram as one command when they differ, and says whether it did.
 */
export default class ProcessNameService {
  static $inject = ['commandStack', 'canvas', 'elementRegistry', 'bpmnjs'];

  constructor(
    private readonly commandStack: CommandStack,
    private readonly canvas: { getRootElement(): Element },
    private readonly elementRegistry: { getAll(): Element[] },
    private readonly bpmnjs: { getDefinitions(): ModdleElement | undefined },
  ) {
    commandStack.registerHandler(renameProcessCommand, RenameProcessHandler);
  }

  apply(name: string): boolean {
    const definitions = this.bpmnjs.getDefinitions();
    const main = definitions && mainProcess(definitions);
    const changes = main ? processNameChanges(main, name) : [];
    if (changes.length === 0) return false;
    const shapes = new Map<ModdleElement, Element>();
    for (const element of this.elementRegistry.getAll()) shapes.set((element as { businessObject: ModdleElement }).businessObject, element);
    this.commandStack.execute(renameProcessCommand, { changes, shapes, fallback: this.canvas.getRootElement() } satisfies Context);
    return true;
  }
}
