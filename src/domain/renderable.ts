import type { ModdleElement } from 'bpmn-moddle';
import { listOf } from './moddleLists';

/**
 * Why bpmn-js could refuse to draw this parsed file, or null when it cannot: then the import needs no
 * trial render. bpmn-js's importer (bpmn-js 18, lib/import/Importer.js and BpmnTreeWalker.js) throws
 * only when the diagram to show has no plane, when a plane shows something other than a process, a
 * collaboration or a sub-process, or when a root it adds takes an id already on the canvas. Whatever
 * else it meets while drawing (a shape without its element, an edge whose ends are not drawn, an
 * element drawn twice) it skips with a warning, which the editor's own import lists. Checked for the
 * diagram shown first and for each one the toolbar's «Схема» list offers; `elementsById` is the
 * parser's index of the file's ids.
 */
export function renderBlocker(definitions: ModdleElement, elementsById: Record<string, ModdleElement>): string | null {
  const diagrams = listOf(definitions, 'diagrams');
  if (diagrams.length === 0) return 'no diagram';
  const shown = diagrams.filter((diagram, index) => index === 0 || isViewable(planeTarget(diagram)));
  for (const diagram of shown) {
    const blocker = diagramBlocker(definitions, diagram, elementsById);
    if (blocker) return `${diagram.id ?? '?'}: ${blocker}`;
  }
  return null;
}

const planeOf = (diagram: ModdleElement) => diagram.get('plane') as ModdleElement | undefined;
const planeTarget = (diagram: ModdleElement) => planeOf(diagram)?.get('bpmnElement') as ModdleElement | undefined;
const isViewable = (element: ModdleElement | undefined) => Boolean(element && (element.$instanceOf('bpmn:Process') || element.$instanceOf('bpmn:Collaboration')));
const isRootTarget = (element: ModdleElement | undefined) => isViewable(element) || Boolean(element?.$instanceOf('bpmn:SubProcess'));

function diagramBlocker(definitions: ModdleElement, diagram: ModdleElement, elementsById: Record<string, ModdleElement>): string | null {
  if (!planeOf(diagram)) return 'no plane';
  const rootIds = new Set<string>();
  for (const imported of diagramsImportedWith(definitions, diagram)) {
    const target = planeTarget(imported);
    // bpmn-js guesses a target for a plane that names none; repairPlanes has already pointed those it could.
    if (!isRootTarget(target) || !target?.id) return `plane shows ${target?.$type ?? 'nothing'}`;
    // A sub-process's plane becomes a root of its own, `<id>_plane`, beside the shapes already drawn.
    const rootId = target.$instanceOf('bpmn:SubProcess') ? `${target.id}_plane` : target.id;
    const taken = rootIds.has(rootId) || rootId.endsWith('_label') || (rootId !== target.id && rootId in elementsById);
    if (taken) return `root id ${rootId} taken`;
    rootIds.add(rootId);
  }
  return null;
}

/**
 * The diagrams bpmn-js draws together with `diagram` (getDiagramsToImport of its Importer): the
 * diagrams of the sub-processes and processes of the same process or collaboration, the first for each.
 */
function diagramsImportedWith(definitions: ModdleElement, diagram: ModdleElement): ModdleElement[] {
  const target = planeTarget(diagram);
  const root = target && !isViewable(target) ? enclosingProcess(target) : target;
  const collaboration = root?.$instanceOf('bpmn:Collaboration')
    ? root
    : listOf(definitions, 'rootElements').find((e) => e.$instanceOf('bpmn:Collaboration') && listOf(e, 'participants').some((p) => p.get('processRef') === root));
  const roots = collaboration ? [...listOf(collaboration, 'participants').map((p) => p.get('processRef') as ModdleElement | undefined), collaboration] : [root];
  const children = new Set(selfAndFlowElements(roots));
  const handled = new Set<unknown>([target]);
  const imported = [diagram];
  for (const other of listOf(definitions, 'diagrams')) {
    const shows = planeTarget(other);
    if (!shows || !planeOf(other) || !children.has(shows) || handled.has(shows)) continue;
    imported.push(other);
    handled.add(shows);
  }
  return imported;
}

function enclosingProcess(element: ModdleElement): ModdleElement | undefined {
  for (let current: ModdleElement | undefined = element; current; current = current.$parent) if (current.$instanceOf('bpmn:Process')) return current;
  return undefined;
}

function selfAndFlowElements(elements: (ModdleElement | undefined)[]): ModdleElement[] {
  return elements.flatMap((element) => (element ? [element, ...selfAndFlowElements(listOf(element, 'flowElements'))] : []));
}
