import type { ModdleElement } from 'bpmn-moddle';
import { collectProcesses, listOf } from './moddleLists';

/** The process a diagram is about, and the pool that shows it, if any. */
export interface MainProcess {
  process: ModdleElement;
  participant?: ModdleElement;
}

const clean = (name: unknown) => (typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '');

function participantOf(definitions: ModdleElement, process: ModdleElement): ModdleElement | undefined {
  return listOf(definitions, 'rootElements')
    .filter((e) => e.$instanceOf('bpmn:Collaboration'))
    .flatMap((c) => listOf(c, 'participants'))
    .find((p) => p.get('processRef') === process);
}

/** The name a diagram shows for a process: its pool's label when it has a pool, else the process's own name. */
function shownName({ process, participant }: MainProcess): string {
  return clean(participant?.name) || clean(process.name);
}

/**
 * The process whose name is the workbench process's name: the first (in file order) that shows a
 * name, else the first. The workbench's process record is the one source of truth for that name;
 * the diagram mirrors it (bpmn/processName) and a file's import takes it from here.
 */
export function mainProcess(definitions: ModdleElement): MainProcess | null {
  const candidates = collectProcesses(definitions).map((process) => ({ process, participant: participantOf(definitions, process) }));
  return candidates.find((candidate) => shownName(candidate)) ?? candidates[0] ?? null;
}

export function shownProcessName(definitions: ModdleElement): string {
  const main = mainProcess(definitions);
  return main ? shownName(main) : '';
}

/**
 * What to write so that the diagram shows `name`: the pool's label if the process has a pool, else
 * the process's name; the process's own name follows a pool's only where the two were the same (a
 * different one, such as "… (как есть)", was set on purpose). Empty when the diagram shows it already.
 */
export function processNameChanges(main: MainProcess, name: string): { element: ModdleElement; name: string }[] {
  const target = clean(name);
  const shown = shownName(main);
  if (!target || shown === target) return [];
  const changes = main.participant ? [{ element: main.participant, name: target }] : [];
  const processName = clean(main.process.name);
  if (!main.participant || !processName || processName === shown) changes.push({ element: main.process, name: target });
  return changes;
}
