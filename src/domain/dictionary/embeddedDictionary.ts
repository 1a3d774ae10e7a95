import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { readStepData } from '../stepData/stepData';
import { accessLevels, dictionaryKinds, executorSides, fieldTypes, newEntry, type DictionaryEntry, type ExecutorSide } from './dictionary';
import { flowElementsDeep, listOf, rootProcesses } from '../moddleLists';

/**
 * An exported .bpmn carries the dictionary entries its steps use, as <rw:dictionary> in the
 * first process's extension elements, so it opens with names in another project. In the
 * workspace the dictionary lives in the project; the element is taken out again on import.
 */
const dictionaryType = 'rw:Dictionary';


/** Every dictionary id the steps of these processes refer to, with the entries those entries refer to. */
function usedIds(processes: ModdleElement[], byId: Map<string, DictionaryEntry>): Set<string> {
  const ids = new Set<string>();
  for (const element of processes.flatMap(flowElementsDeep)) {
    const { data } = readStepData(element);
    if (!data) continue;
    [...data.documents, ...data.fields, ...data.systems].forEach((use) => ids.add(use.ref));
    data.fields.forEach((use) => use.system && ids.add(use.system));
    data.integrations.forEach((link) => (ids.add(link.from), ids.add(link.to)));
  }
  for (const id of [...ids]) {
    const entry = byId.get(id);
    if (entry?.kind === 'document') entry.fieldIds.forEach((f) => ids.add(f));
    if (entry?.kind === 'field' && entry.holderSystemId) ids.add(entry.holderSystemId);
  }
  return ids;
}

function removeEmbedded(process: ModdleElement): boolean {
  const extensions = process.get('extensionElements') as ModdleElement | undefined;
  const values = listOf(extensions, 'values');
  const kept = values.filter((v) => v.$type !== dictionaryType);
  if (kept.length === values.length) return false;
  if (kept.length) extensions?.set('values', kept);
  else process.set('extensionElements', undefined);
  return true;
}

export async function embedDictionary(xml: string, dictionary: DictionaryEntry[]): Promise<string> {
  const moddle = newModdle();
  const { rootElement } = await moddle.fromXML(xml);
  const processes = rootProcesses(rootElement);
  processes.forEach(removeEmbedded);
  const byId = new Map(dictionary.map((e) => [e.id, e]));
  const used = [...usedIds(processes, byId)].map((id) => byId.get(id)).filter((e): e is DictionaryEntry => Boolean(e));
  const target = processes[0];
  if (target && used.length) {
    const element = moddle.create(dictionaryType, {});
    element.set('entries', used.map((entry) => Object.assign(moddle.create('rw:Entry', toAttrs(entry)), { $parent: element })));
    const extensions = (target.get('extensionElements') as ModdleElement | undefined) ?? moddle.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = target;
    element.$parent = extensions;
    extensions.set('values', [...listOf(extensions, 'values'), element]);
    target.set('extensionElements', extensions);
  }
  return (await moddle.toXML(rootElement, { format: true })).xml;
}

/** Takes <rw:dictionary> out of a file; the XML comes back unchanged when it had none. */
export async function extractDictionary(xml: string): Promise<{ xml: string; entries: DictionaryEntry[] }> {
  const moddle = newModdle();
  const { rootElement } = await moddle.fromXML(xml);
  const entries = takeDictionary(rootElement);
  if (entries === null) return { xml, entries: [] };
  return { xml: (await moddle.toXML(rootElement, { format: true })).xml, entries };
}

/**
 * Takes <rw:dictionary> out of a parsed file, as the import does on its one parse: the entries it
 * held, or null when it had none (the tree is then unchanged).
 */
export function takeDictionary(definitions: ModdleElement): DictionaryEntry[] | null {
  const processes = rootProcesses(definitions);
  const embedded = processes.flatMap((p) => listOf(p.get('extensionElements') as ModdleElement | undefined, 'values').filter((v) => v.$type === dictionaryType));
  if (embedded.length === 0) return null;
  processes.forEach(removeEmbedded);
  return embedded.flatMap((d) => listOf(d, 'entries')).map(fromAttrs).filter((e): e is DictionaryEntry => e !== null);
}

function toAttrs(entry: DictionaryEntry): Record<string, unknown> {
  const common = { id: entry.id, kind: entry.kind, name: entry.name, description: entry.description || undefined };
  switch (entry.kind) {
    case 'document':
      return { ...common, fields: entry.fieldIds.join(' ') || undefined };
    case 'field':
      return { ...common, dataType: entry.dataType, holderSystem: entry.holderSystemId || undefined, dataOwner: entry.dataOwner || undefined, accessLevel: entry.accessLevel, legalBasis: entry.legalBasis || undefined };
    case 'system':
      return { ...common, ownerBody: entry.ownerBody || undefined, developer: entry.developer || undefined };
    case 'role':
      return { ...common, unit: entry.unit || undefined, side: entry.side || undefined };
  }
}

/** An entry as the file describes it; projectId and times are set when it joins a project. */
function fromAttrs(element: ModdleElement): DictionaryEntry | null {
  const text = (name: string) => String(element.get(name) ?? '');
  const kind = text('kind') as DictionaryEntry['kind'];
  if (!dictionaryKinds.includes(kind) || !text('id') || !text('name')) return null;
  const entry = newEntry(kind, { id: text('id'), projectId: '', name: text('name'), description: text('description'), createdAt: 0, updatedAt: 0 });
  switch (entry.kind) {
    case 'document':
      return { ...entry, fieldIds: text('fields').split(/\s+/).filter(Boolean) };
    case 'field': {
      const dataType = text('dataType') as typeof entry.dataType;
      const accessLevel = text('accessLevel') as typeof entry.accessLevel;
      return {
        ...entry,
        dataType: fieldTypes.includes(dataType) ? dataType : 'text',
        holderSystemId: text('holderSystem'),
        dataOwner: text('dataOwner'),
        accessLevel: accessLevels.includes(accessLevel) ? accessLevel : 'open',
        legalBasis: text('legalBasis'),
      };
    }
    case 'system':
      return { ...entry, ownerBody: text('ownerBody'), developer: text('developer') };
    case 'role': {
      const side = text('side') as typeof entry.side;
      return { ...entry, unit: text('unit'), side: executorSides.includes(side as ExecutorSide) ? side : '' };
    }
  }
}
