/**
 * Test-only entry (built by e2e/support/harness.ts): the app's editor edits a diagram with bpmn-js's own
 * commands, and after each the app's save (which rewrites only what changed) is compared with bpmn-js's
 * `saveXML({ format: true })` of the same model.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { createBpmnEditor } from '../../src/bpmn/createEditor';
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
      results.push(ours === theirs ? { edit, same: true } : { edit, same: false, at: firstDifference(ours, theirs) });
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
    return results;
  } finally {
    editor.destroy();
    container.remove();
  }
}
