import type { ModdleElement } from 'bpmn-moddle';

/** A many-valued property as an array: moddle leaves a list nobody set undefined. */
export function listOf(element: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = element?.get(property);
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

/** The processes among a file's root elements (every process is one, pooled or not). */
export function rootProcesses(definitions: ModdleElement): ModdleElement[] {
  return listOf(definitions, 'rootElements').filter((element) => element.$instanceOf('bpmn:Process'));
}

/** Every flow element of a process or sub-process, those inside its sub-processes included, in document order. */
export function flowElementsDeep(container: ModdleElement): ModdleElement[] {
  return listOf(container, 'flowElements').flatMap((element) => [element, ...(element.$instanceOf('bpmn:SubProcess') ? flowElementsDeep(element) : [])]);
}

/** The diagram elements (shapes and edges) of every diagram in the file. */
export function planeElementsOf(definitions: ModdleElement): ModdleElement[] {
  return listOf(definitions, 'diagrams').flatMap((diagram) => listOf(diagram.get('plane') as ModdleElement | undefined, 'planeElement'));
}

/** The id of the element a reference property points at; moddle leaves an unresolved one undefined. */
export function refId(element: ModdleElement, property: string): string {
  return (element.get(property) as ModdleElement | undefined)?.id ?? '';
}

/** A name or other text attribute, trimmed; anything that is not text is empty. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Every process of the file: root processes and those the pools of a collaboration refer to, once each. */
export function collectProcesses(definitions: ModdleElement): ModdleElement[] {
  return listOf(definitions, 'rootElements').filter((e) => e.$instanceOf('bpmn:Process') || e.$instanceOf('bpmn:Collaboration'))
    .flatMap((e) => (e.$instanceOf('bpmn:Process') ? [e] : processesOfCollaboration(e)))
    .filter((p, index, all) => all.indexOf(p) === index);
}

function processesOfCollaboration(collaboration: ModdleElement): ModdleElement[] {
  return listOf(collaboration, 'participants')
    .map((participant) => participant.get('processRef') as ModdleElement | undefined)
    .filter((p): p is ModdleElement => Boolean(p));
}
