import { useTranslation } from 'react-i18next';
import type { StepDataService } from '../../bpmn/stepData/StepDataService';
import { AddByName } from './AddByName';
import type { ProjectDictionary } from './useDictionary';
import type { SelectedDataElement } from './useSelectedStep';

interface Props {
  selected: SelectedDataElement;
  dictionary: ProjectDictionary;
  service: StepDataService | null;
}

/** Ties a data object to a dictionary document, or a data store to an information system. */
export function DataElementLink({ selected, dictionary, service }: Props) {
  const { t } = useTranslation();
  const { element, kind, ref } = selected;
  const linked = ref ? dictionary.byId.get(ref) : undefined;
  const label = t(kind === 'document' ? 'stepData.linkedDocument' : 'stepData.linkedSystem');
  return (
    <aside key={element.id} className="step-panel" aria-label={t('stepData.panelTitle')} data-testid="step-panel">
      <h3>
        {label}: <span className="step-panel__name">{element.businessObject.name || element.id}</span>
      </h3>
      <p className="muted">{t('stepData.linkHint')}</p>
      {ref ? (
        <p className="linked-entry" data-testid="linked-entry">
          <strong>{linked?.name ?? t('stepData.unknownEntry', { id: ref })}</strong>{' '}
          <button type="button" disabled={!service} onClick={() => service?.linkEntry(element, undefined)}>
            {t('stepData.unlink')}
          </button>
        </p>
      ) : (
        <AddByName
          label={label}
          suggestions={dictionary.ofKind(kind)}
          disabled={!service}
          onAdd={async (name) => service?.linkEntry(element, (await dictionary.ensure(kind, name)).id)}
        />
      )}
    </aside>
  );
}
