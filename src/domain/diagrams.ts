import type { ModdleElement } from 'bpmn-moddle';
import type { BpmnWarning } from './bpmnWarnings';
import { listOf } from './moddleLists';

export type DiagramTarget = 'process' | 'collaboration' | 'subProcess' | 'other';

/** One bpmndi:BPMNDiagram of a file: what its plane shows and how much of it. */
export interface DiagramInfo {
  id: string;
  name: string;
  target: DiagramTarget;
  targetName: string;
  shapes: number;
  edges: number;
}

function targetOf(element: ModdleElement | undefined): DiagramTarget {
  if (!element) return 'other';
  if (element.$instanceOf('bpmn:SubProcess')) return 'subProcess';
  if (element.$instanceOf('bpmn:Process')) return 'process';
  return element.$instanceOf('bpmn:Collaboration') ? 'collaboration' : 'other';
}

const planeOf = (diagram: ModdleElement) => diagram.get('plane') as ModdleElement | undefined;
const shownBy = (diagram: ModdleElement) => planeOf(diagram)?.get('bpmnElement') as ModdleElement | undefined;

export function listDiagrams(definitions: ModdleElement): DiagramInfo[] {
  return listOf(definitions, 'diagrams').map((diagram) => {
    const elements = listOf(planeOf(diagram), 'planeElement');
    const shown = shownBy(diagram);
    return {
      id: diagram.id ?? '',
      name: diagram.name ?? '',
      target: targetOf(shown),
      targetName: shown?.name ?? shown?.id ?? '',
      shapes: elements.filter((e) => e.$instanceOf('bpmndi:BPMNShape')).length,
      edges: elements.filter((e) => e.$instanceOf('bpmndi:BPMNEdge')).length,
    };
  });
}

/**
 * The diagrams a user picks between: those of a process or a collaboration. A sub-process's own
 * diagram is the inside of a collapsed sub-process, reached by drilling down, not a view of its own.
 */
export function viewDiagrams(definitions: ModdleElement): DiagramInfo[] {
  return listDiagrams(definitions).filter((d) => d.target === 'process' || d.target === 'collaboration');
}

/** The process or collaboration an element of the model belongs to (a participant: its collaboration). */
function rootOf(element: ModdleElement | undefined): ModdleElement | undefined {
  let current = element;
  while (current?.$parent && !current.$parent.$instanceOf('bpmn:Definitions')) current = current.$parent;
  return current && (current.$instanceOf('bpmn:Process') || current.$instanceOf('bpmn:Collaboration')) ? current : undefined;
}

/**
 * A plane must show a process, a collaboration or a sub-process. Some tools point it at the
 * <definitions> (Modelio) or at nothing, and bpmn-js then refuses the file or guesses. The plane is
 * pointed at what its own shapes belong to: the collaboration if it draws pools or message flows,
 * else the process most of its shapes are in; failing that, the file's first collaboration or process.
 */
export function repairPlanes(definitions: ModdleElement): BpmnWarning[] {
  const roots = listOf(definitions, 'rootElements');
  const fallback = roots.find((e) => e.$instanceOf('bpmn:Collaboration')) ?? roots.find((e) => e.$instanceOf('bpmn:Process'));
  return listOf(definitions, 'diagrams').flatMap((diagram): BpmnWarning[] => {
    const plane = planeOf(diagram);
    if (!plane || targetOf(shownBy(diagram)) !== 'other') return [];
    const drawn = listOf(plane, 'planeElement').map((e) => rootOf(e.get('bpmnElement') as ModdleElement | undefined)).filter((r): r is ModdleElement => r !== undefined);
    const counts = new Map<ModdleElement, number>();
    for (const root of drawn) counts.set(root, (counts.get(root) ?? 0) + (root.$instanceOf('bpmn:Collaboration') ? drawn.length : 1));
    const target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
    if (!target) return [];
    plane.set('bpmnElement', target);
    return [{ kind: 'planeRepointed', subject: `${diagram.name || diagram.id || '?'} → ${target.name || target.id}`, message: '' }];
  });
}
