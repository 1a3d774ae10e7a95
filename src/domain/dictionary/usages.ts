import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { findStepDataElement, readStepData } from '../stepData/stepData';
import type { VariantKind } from '../variant';
import type { DictionaryEntry } from './dictionary';
import { flowElementsDeep, rootProcesses } from '../moddleLists';

export interface VariantSource {
  variantId: string;
  processName: string;
  /** The variant's process is in the trash: its steps still count as uses, since a restore brings them back. */
  processInTrash: boolean;
  kind: VariantKind;
  xml: string;
}

/** Where an entry is used: a step of a variant, or another dictionary entry. */
export type Usage =
  | { in: 'step'; variantId: string; processName: string; processInTrash: boolean; kind: VariantKind; elementId: string; elementName: string }
  | { in: 'entry'; entryId: string; entryName: string };

const roleKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** Every dictionary id a step refers to: by id, and its executor role by name (`roleIds`: role name key → id). */
function refsOf(element: ModdleElement, roleIds: Map<string, string>): Set<string> {
  const { data } = readStepData(element);
  const refs = new Set<string>();
  if (!data) return refs;
  const role = data.executorRole && roleIds.get(roleKey(data.executorRole));
  if (role) refs.add(role);
  [...data.documents, ...data.fields, ...data.systems].forEach((use) => refs.add(use.ref));
  data.fields.forEach((use) => use.system && refs.add(use.system));
  data.integrations.forEach((link) => (refs.add(link.from), refs.add(link.to)));
  return refs;
}

export async function findUsages(variants: VariantSource[], dictionary: DictionaryEntry[]): Promise<Map<string, Usage[]>> {
  const usages = new Map<string, Usage[]>();
  const add = (id: string, usage: Usage) => usages.set(id, [...(usages.get(id) ?? []), usage]);
  const roleIds = new Map(dictionary.filter((entry) => entry.kind === 'role').map((role) => [roleKey(role.name), role.id]));
  for (const variant of variants) {
    const { rootElement } = await newModdle().fromXML(variant.xml);
    for (const element of rootProcesses(rootElement).flatMap(flowElementsDeep)) {
      for (const id of refsOf(element, roleIds)) {
        const { variantId, processName, processInTrash, kind } = variant;
        add(id, { in: 'step', variantId, processName, processInTrash, kind, elementId: element.id ?? '', elementName: element.name ?? '' });
      }
    }
  }
  for (const entry of dictionary) {
    const uses = entry.kind === 'document' ? entry.fieldIds : entry.kind === 'field' && entry.holderSystemId ? [entry.holderSystemId] : [];
    uses.forEach((id) => add(id, { in: 'entry', entryId: entry.id, entryName: entry.name }));
  }
  return usages;
}

/** The XML with `change` applied to each step's data, or null when it changed none (it returns whether it changed one). */
async function rewriteStepData(xml: string, change: (stepData: ModdleElement) => boolean): Promise<string | null> {
  const moddle = newModdle();
  const { rootElement } = await moddle.fromXML(xml);
  let changed = false;
  for (const element of rootProcesses(rootElement).flatMap(flowElementsDeep)) {
    const stepData = findStepDataElement(element);
    if (stepData && change(stepData)) changed = true;
  }
  return changed ? (await moddle.toXML(rootElement, { format: true })).xml : null;
}

/**
 * Points every reference to `fromId` at `intoId` (merging a duplicate into the entry that stays).
 * Returns null when the diagram does not use `fromId`, so untouched variants are not rewritten.
 */
export function replaceRefs(xml: string, fromId: string, intoId: string): Promise<string | null> {
  return rewriteStepData(xml, (stepData) => {
    let changed = false;
    const swap = (holder: ModdleElement, attribute: string) => {
      if (holder.get(attribute) === fromId) {
        holder.set(attribute, intoId);
        changed = true;
      }
    };
    const children = (name: string) => (stepData.get(name) as ModdleElement[] | undefined) ?? [];
    [...children('documents'), ...children('fields'), ...children('systems')].forEach((use) => swap(use, 'ref'));
    children('fields').forEach((use) => swap(use, 'system'));
    children('integrations').forEach((link) => (swap(link, 'from'), swap(link, 'to')));
    return changed;
  });
}

/** The XML with every step whose executor role is `oldName` (spacing and case aside) naming `newName` instead, or null when none does. */
export function replaceRoleName(xml: string, oldName: string, newName: string): Promise<string | null> {
  return rewriteStepData(xml, (stepData) => {
    const role = stepData.get('executorRole') as string | undefined;
    if (!role || roleKey(role) !== roleKey(oldName) || role === newName.trim()) return false;
    stepData.set('executorRole', newName.trim());
    return true;
  });
}
