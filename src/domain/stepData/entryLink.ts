import type { ModdleElement } from 'bpmn-moddle';

/**
 * A data object or data store on the canvas can stand for a dictionary entry (a document or an
 * information system), stored as <rw:entryLink ref="…"/> in its extension elements.
 */
export const entryLinkType = 'rw:EntryLink';

export function readEntryLink(element: ModdleElement): string | undefined {
  const extensions = element.get('extensionElements') as ModdleElement | undefined;
  const values = (extensions?.get('values') ?? []) as ModdleElement[];
  const ref = values.find((value) => value.$type === entryLinkType)?.get('ref');
  return typeof ref === 'string' && ref ? ref : undefined;
}

/** Data object references stand for documents, data store references for information systems. */
export function linkedKind(element: ModdleElement): 'document' | 'system' | null {
  if (element.$instanceOf('bpmn:DataObjectReference')) return 'document';
  if (element.$instanceOf('bpmn:DataStoreReference')) return 'system';
  return null;
}
