/**
 * Test-only entry (built by e2e/support/harness.ts): the app's editor edits a diagram with bpmn-js's own
 * commands, and after each the app's save (which rewrites only what changed) is compared with bpmn-js's
 * `saveXML({ format: true })` of the same model.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { createBpmnEditor } from '../../src/bpmn/createEditor';
import { reorderedPlane, type DrawnNode } from '../../src/bpmn/diOrdering/planeOrder';
import { saveXMLInSlices } from '../../src/bpmn/save/slicedSaveXML';

interface Shape {
  id: string;
  type: string;
  businessObject: { $parent?: unknown; get(name: string): unknown };
  parent?: Shape;
  incoming?: unknown[];
  outgoing?: unknown[];
}

export interface EditedSave {
  edit: string;
  same: boolean;
  /** Where the texts first differ, when they do. */
  at?: string;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

type Check = (edit: string) => Promise<void>;

interface Drawn extends Shape {
  x: number;
  y: number;
  width: number;
  height: number;
  label?: Drawn;
  waypoints?: { x: number; y: number }[];
  source?: Drawn;
  target?: Drawn;
  businessObject: Shape['businessObject'] & { $type: string };
}

/**
 * The edits whose changes reach beyond the shapes bpmn-js redraws (a flow's ends, a container's lists, root
 * elements no shape shows): each is what a save that trusts the editor's tracking of changes could miss.
 */
async function moreEdits(editor: Modeler, check: Check): Promise<void> {
  const get = <T,>(name: string) => editor.get<T>(name);
  const registry = get<{ filter(fn: (e: Drawn) => boolean): Drawn[]; get(id: string): Drawn | undefined }>('elementRegistry');
  const modeling = get<Record<string, (...args: unknown[]) => unknown>>('modeling');
  const factory = get<{ createShape(a: object): Drawn }>('elementFactory');
  const root = get<{ getRootElement(): Drawn }>('canvas').getRootElement();
  const shapes = (type: RegExp) => registry.filter((e) => type.test(e.type) && !('labelTarget' in e && e.labelTarget));
  const task = () => shapes(/Task$/)[0]!;
  const flows = () => registry.filter((e) => e.type === 'bpmn:SequenceFlow');
  // A pool with a process of its own: a black box takes no lanes.
  const participant = shapes(/^bpmn:Participant$/).find((pool) => pool.businessObject.get('processRef'));
  // New shapes go where the first task's container is: a pool's process or the diagram's.
  const parentOf = (shape: Drawn) => (shape.parent ?? root) as Drawn;
  const place = (dx: number, dy: number) => ({ x: task().x + dx, y: task().y + dy });

  const labelled = registry.filter((e) => Boolean(e.label) && e.type !== 'bpmn:Participant')[0];
  if (labelled?.label) {
    modeling.moveShape!(labelled.label, { x: 15, y: -10 });
    await check('a label moved');
  }
  const flow = flows()[0];
  if (flow?.waypoints && flow.waypoints.length >= 2) {
    const [start, ...rest] = flow.waypoints;
    modeling.updateWaypoints!(flow, [start, { x: start!.x + 5, y: start!.y + 40 }, ...rest]);
    await check('a flow bent');
  }
  const other = shapes(/Task$/).find((shape) => shape !== flow?.target && shape !== flow?.source);
  if (flow && other) {
    modeling.reconnectEnd!(flow, other, { x: other.x + other.width / 2, y: other.y + other.height / 2 });
    await check("a flow's end moved to another step");
  }
  const doomed = flows().at(-1);
  if (doomed) {
    modeling.removeConnection!(doomed);
    await check('a flow removed (its ends list it no more)');
  }
  modeling.setColor!([task()], { fill: '#ffe0b2', stroke: '#e65100' });
  await check('colours set');
  const [a, b, c] = shapes(/Task$/);
  if (a && b && c) {
    modeling.alignElements!([a, b], 'top');
    await check('aligned');
    modeling.distributeElements!(
      [a, b, c].map((element) => ({ elements: [element], range: { min: element.x, max: element.x + element.width } })),
      'horizontal',
    );
    await check('distributed');
  }
  const boundary = modeling.createShape!(factory.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' }), { x: task().x + task().width, y: task().y + task().height }, task(), { attach: true }) as Drawn;
  await check('a timer attached to a step');
  modeling.moveElements!([task()], { x: 30, y: 0 });
  await check('the step moved with its timer');
  modeling.removeShape!(boundary);
  await check('the timer removed');
  const container = parentOf(task());
  modeling.createShape!(factory.createShape({ type: 'bpmn:DataObjectReference' }), place(0, 160), container);
  await check('a data object created (its data object in the process)');
  const store = modeling.createShape!(factory.createShape({ type: 'bpmn:DataStoreReference' }), place(120, 160), container) as Drawn;
  modeling.updateLabel!(store, 'Реестр');
  await check('a data store created and named');
  const group = modeling.createShape!(factory.createShape({ type: 'bpmn:Group' }), { x: task().x - 20, y: task().y - 20, width: 300, height: 200 }, root) as Drawn;
  modeling.updateLabel!(group, 'Приём');
  await check('a group created and named (its category a root element)');
  modeling.updateLabel!(group, 'Приём документов');
  await check('a group renamed (only its category value changes)');
  const note = modeling.createShape!(factory.createShape({ type: 'bpmn:TextAnnotation' }), place(0, -120), container) as Drawn;
  modeling.connect!(task(), note);
  modeling.updateLabel!(note, 'Срок — 1 день');
  await check('an annotation linked');
  const subProcess = modeling.createShape!(factory.createShape({ type: 'bpmn:SubProcess', isExpanded: true }), place(300, 300), container) as Drawn;
  modeling.moveElements!([task()], { x: subProcess.x + 40 - task().x, y: subProcess.y + 40 - task().y }, subProcess);
  await check('a step moved into a subprocess');
  const copyPaste = get<{ copy(elements: Drawn[]): void; paste(context: object): void }>('copyPaste');
  copyPaste.copy([shapes(/Task$/).at(-1)!]);
  copyPaste.paste({ element: container, point: place(500, 0) });
  await check('a step copied and pasted');
  get<{ createSpace(moving: Drawn[], resizing: Drawn[], delta: object, direction: string, start: number): void }>('modeling').createSpace(
    shapes(/Task$/).filter((shape) => shape.x > task().x),
    [],
    { x: 60, y: 0 },
    'e',
    task().x,
  );
  await check('space made');
  if (participant) {
    const lane = modeling.addLane!(participant, 'bottom') as Drawn;
    await check('a lane added');
    modeling.moveElements!([shapes(/Task$/)[0]!], { x: 0, y: lane.y + 20 - shapes(/Task$/)[0]!.y }, participant);
    await check('a step moved into the new lane (the lanes list their steps)');
    modeling.updateModdleProperties!(participant, participant.businessObject.get('processRef'), { name: 'Процесс пула' });
    await check("the pool's process renamed (no shape shows it)");
  } else {
    modeling.updateModdleProperties!(root, root.businessObject, { name: 'Процесс' });
    await check('the process renamed');
  }
  const commandStack = get<{ undo(): void; redo(): void; canUndo(): boolean }>('commandStack');
  for (let i = 0; i < 8 && commandStack.canUndo(); i++) commandStack.undo();
  await check('eight undone');
  for (let i = 0; i < 5; i++) commandStack.redo();
  await check('five redone');
}

export async function editAndSave(xml: string): Promise<EditedSave[]> {
  const container = document.createElement('div');
  container.style.cssText = 'width:1000px;height:700px';
  document.body.appendChild(container);
  const editor = createBpmnEditor({ container, language: 'ru', readOnly: false }) as Modeler;
  const results: EditedSave[] = [];
  try {
    await editor.importXML(xml);
    const get = <T,>(name: string) => editor.get<T>(name);
    const registry = get<{ filter(fn: (e: Shape) => boolean): Shape[] }>('elementRegistry');
    const modeling = get<Record<string, (...args: unknown[]) => unknown>>('modeling');
    const commandStack = get<{ undo(): void; redo(): void }>('commandStack');
    const moddle = get<{ create(type: string, attrs?: object): unknown }>('moddle');
    const tasks = () => registry.filter((e) => /Task$/.test(e.type) && !('labelTarget' in e && e.labelTarget));
    const check = async (edit: string) => {
      const ours = await saveXMLInSlices(editor, { budgetMs: 1 });
      const { xml: theirs = '' } = await editor.saveXML({ format: true });
      // Both saves ran the app's DI ordering, which skips the walk after edits of values only: it must have left
      // every plane as a walk orders it.
      const unordered = get<{ getRootElements(): (DrawnNode & { id: string; di?: { get(name: string): unknown[] } })[] }>('canvas')
        .getRootElements()
        .filter((root) => root.di && reorderedPlane(root, root.di.get('planeElement') ?? []) !== null);
      if (unordered.length > 0) results.push({ edit, same: false, at: `the DI of ${unordered.map((root) => root.id).join(', ')} out of drawing order` });
      else results.push(ours === theirs ? { edit, same: true } : { edit, same: false, at: firstDifference(ours, theirs) });
    };
    await check('as imported');
    await check('unchanged');
    const [first, second, third] = tasks();
    if (!first || !second || !third) return results;
    modeling.updateLabel!(first, 'Переименовано <&>');
    await check('renamed');
    modeling.moveElements!([second], { x: 40, y: 30 });
    await check('moved');
    modeling.resizeShape!(third, { x: (third as unknown as { x: number }).x, y: (third as unknown as { y: number }).y, width: 160, height: 100 });
    await check('resized');
    const appended = get<{ append(source: unknown, shape: unknown): Shape }>('autoPlace').append(first, get<{ createShape(a: object): unknown }>('elementFactory').createShape({ type: 'bpmn:UserTask' }));
    await check('appended');
    modeling.connect!(appended, third);
    await check('connected');
    modeling.updateProperties!(second, { id: 'Renamed_Id_1' });
    await check('id changed');
    const data = moddle.create('rw:StepData', { executorRole: 'Специалист', normMinutes: 15 });
    modeling.updateProperties!(first, { extensionElements: moddle.create('bpmn:ExtensionElements', { values: [data] }) });
    await check('step data added');
    modeling.updateProperties!(third, { documentation: [moddle.create('bpmn:Documentation', { text: 'Основание' })] });
    await check('documentation added');
    get<{ replaceElement(e: unknown, target: object): Shape }>('bpmnReplace').replaceElement(second, { type: 'bpmn:ServiceTask' });
    await check('type replaced');
    modeling.removeElements!([third]);
    await check('removed');
    for (let i = 0; i < 4; i++) commandStack.undo();
    await check('four undone');
    commandStack.redo();
    commandStack.redo();
    await check('two redone');
    modeling.removeElements!([first]);
    await check('the step with step data removed');
    await moreEdits(editor, check);
    return results;
  } finally {
    editor.destroy();
    container.remove();
  }
}
