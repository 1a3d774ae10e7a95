import type { TFunction } from 'i18next';
import type { ListChange, ScalarChange, StepDataDiff } from '../../../domain/diff/stepDataDiff';
import type { ChangeAspect, ElementChange, MarkerCategory } from '../../../domain/diff/types';
import type { DocumentUse, FieldUse, SystemUse } from '../../../domain/stepData/stepData';

/** A line of the change list in words: the element as the user knows it, then what happened to it. */
export interface ChangeText {
  element: string;
  details: string[];
}

/** The dictionary entry's name for a ref a step holds. */
export type EntryName = (ref: string) => string;

/** BPMN types with a name of their own in `diff.type`; any other is just an element. */
const namedTypes = new Set([
  'Task', 'UserTask', 'ManualTask', 'ServiceTask', 'SendTask', 'ReceiveTask', 'ScriptTask', 'BusinessRuleTask', 'CallActivity',
  'SubProcess', 'Transaction', 'AdHocSubProcess', 'StartEvent', 'EndEvent', 'IntermediateThrowEvent', 'IntermediateCatchEvent',
  'BoundaryEvent', 'ExclusiveGateway', 'ParallelGateway', 'InclusiveGateway', 'ComplexGateway', 'EventBasedGateway', 'Lane',
  'Participant', 'DataObjectReference', 'DataStoreReference', 'SequenceFlow', 'MessageFlow', 'Association', 'TextAnnotation',
  'Process', 'Collaboration',
]);

export function typeName(t: TFunction, type: string): string {
  const local = type.replace(/^bpmn:/, '');
  return t(`diff.type.${namedTypes.has(local) ? local : 'other'}`);
}

/** Names keep the line breaks typed on the canvas; a list reads them as spaces. */
const oneLine = (name: string | undefined) => (name ?? '').replace(/\s+/g, ' ').trim();

/** "Задача «Принять заявление»", or "Задача без названия". */
export function elementLabel(t: TFunction, type: string, name: string | undefined): string {
  const clean = oneLine(name);
  return clean ? t('diff.element', { type: typeName(t, type), name: clean }) : t('diff.unnamed', { type: typeName(t, type) });
}

/** Green, red, amber, or faint for a change of layout only: the same categories as the markers. */
export function changeCategory(change: ElementChange): MarkerCategory {
  if (change.kind !== 'changed') return change.kind;
  return change.aspects.every((aspect) => aspect === 'layout') ? 'layout' : 'changed';
}

export function describeChange(change: ElementChange, t: TFunction, entryName: EntryName): ChangeText {
  const element = elementLabel(t, change.elementType, change.kind === 'removed' ? change.oldName : change.newName);
  // An added or removed step has no aspects, but its data came or went with it.
  const aspects: readonly ChangeAspect[] = change.kind === 'changed' ? change.aspects : change.data ? ['data'] : [];
  const quoted = (name: string | undefined) => (oneLine(name) ? t('diff.quoted', { name: oneLine(name) }) : t('diff.noName'));
  const details = aspects.flatMap((aspect) => {
    switch (aspect) {
      case 'name':
        return [t('diff.aspect.name', { before: quoted(change.oldName), after: quoted(change.newName) })];
      case 'type':
        return [t('diff.aspect.type', { before: typeName(t, change.oldType ?? change.elementType), after: typeName(t, change.elementType) })];
      case 'properties':
        return [t('diff.aspect.properties', { list: (change.properties ?? []).join(', ') })];
      case 'data':
        return change.data ? describeData(change.data, t, entryName) : [];
      default:
        return [t(`diff.aspect.${aspect}`)];
    }
  });
  return { element, details };
}

function describeData(data: StepDataDiff, t: TFunction, entryName: EntryName): string[] {
  const fromTo = (label: string, before: string, after: string) => t('diff.fromTo', { label, before, after });
  const valueOf = (prefix: string, value: string | undefined) => (value ? t(`stepData.${prefix}${value}`) : t('diff.none'));
  const attributes = <T>(before: T, after: T, read: [label: string, prefix: string, get: (item: T) => string | undefined][]) =>
    read
      .filter(([, , get]) => get(before) !== get(after))
      .map(([label, prefix, get]) => fromTo(t(`stepData.${label}`), valueOf(prefix, get(before)), valueOf(prefix, get(after))))
      .join('; ');

  const documentContext = (use: DocumentUse) => (use.direction === 'output' ? 'output' : undefined);
  const documents = lines(data.documents, {
    added: (use) => t('diff.data.documentAdded', { name: entryName(use.ref), context: documentContext(use) }),
    removed: (use) => t('diff.data.documentRemoved', { name: entryName(use.ref), context: documentContext(use) }),
    changed: (before, after) =>
      t('diff.data.documentChanged', {
        name: entryName(after.ref),
        context: documentContext(after),
        changes: attributes(before, after, [
          ['form', 'form_', (use) => use.form],
          ['providedBy', 'provider_', (use) => use.providedBy],
        ]),
      }),
  });

  const entry = (use: FieldUse) =>
    use.entry === 'manual' ? t('diff.entry.manual') : use.system ? t('diff.entry.systemNamed', { system: entryName(use.system) }) : t('diff.entry.system');
  const fields = lines(data.fields, {
    added: (use) => t('diff.data.fieldAdded', { name: entryName(use.ref), entry: entry(use) }),
    removed: (use) => t('diff.data.fieldRemoved', { name: entryName(use.ref) }),
    changed: (before, after) => t('diff.data.fieldChanged', { name: entryName(after.ref), before: entry(before), after: entry(after) }),
  });

  const systems = lines<SystemUse>(data.systems, {
    added: (use) => t('diff.data.systemAdded', { name: entryName(use.ref) }),
    removed: (use) => t('diff.data.systemRemoved', { name: entryName(use.ref) }),
    changed: (before, after) => t('diff.data.systemChanged', { name: entryName(after.ref), changes: attributes(before, after, [['access', 'access_', (use) => use.access]]) }),
  });

  const integrations = lines(data.integrations, {
    added: (link) => t('diff.data.integrationAdded', { from: entryName(link.from), to: entryName(link.to) }),
    removed: (link) => t('diff.data.integrationRemoved', { from: entryName(link.from), to: entryName(link.to) }),
  });

  const scalars = data.scalars.map((change) => fromTo(t(`stepData.${change.key}`), scalarText(change, 'before', t), scalarText(change, 'after', t)));
  return [...scalars, ...documents, ...fields, ...systems, ...integrations];
}

/** Removed first, then added, then changed; an integration is its two ends, so it is never changed, only replaced. */
function lines<T>(list: ListChange<T>, say: { added(item: T): string; removed(item: T): string; changed?(before: T, after: T): string }): string[] {
  const changed = say.changed ? list.changed.map(({ before, after }) => say.changed!(before, after)) : [];
  return [...list.removed.map(say.removed), ...list.added.map(say.added), ...changed];
}

function scalarText(change: ScalarChange, side: 'before' | 'after', t: TFunction): string {
  const value = change[side];
  if (value === null) return t('diff.none');
  if (typeof value === 'boolean') return t(value ? 'diff.yes' : 'diff.no');
  // Not `unit`: i18next hands every option to Intl.NumberFormat, which takes `unit` as its own.
  if (typeof value === 'object') return t('diff.duration', { value: value.value, unitName: t(`diff.unit.${value.unit}`) });
  if (change.key === 'stepKind') return t(`stepData.kind_${value}`);
  if (change.key === 'channel') return t(`stepData.channel_${value}`);
  return value;
}
