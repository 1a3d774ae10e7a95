import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicantCandidates, type JourneyDiagram } from '../../domain/journey/diagram';
import { copyContent } from '../../domain/journey/edit';
import { generateJourney, type ApplicantChoice } from '../../domain/journey/generate';
import { defaultStageKeys, newLanes, type JourneyMap, type Persona } from '../../domain/journey/model';
import type { VariantKind } from '../../domain/variant';
import { addJourneyMap, createPersona } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';
import { useDictionary } from '../data/useDictionary';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/toastStore';
import { mapLabel } from './journeyView';

export type NewMapMode = 'empty' | 'generate' | 'copy';

interface Props {
  open: boolean;
  mode: NewMapMode;
  projectId: string;
  processId: string;
  kind: VariantKind;
  personas: Persona[];
  diagram: JourneyDiagram | null;
  /** Planned maps of the other variants, to copy from. */
  copySources: JourneyMap[];
  onClose(): void;
  onCreated(map: JourneyMap): void;
}

const newPersona = '__new__';

/** A new map of the variant: empty with the default stages, generated from the diagram, or copied from another variant's map. */
export function NewMapDialog({ open, mode, projectId, processId, kind, personas, diagram, copySources, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const dictionary = useDictionary(projectId);
  const candidates = diagram ? applicantCandidates(diagram) : [];
  const [name, setName] = useState('');
  const [personaId, setPersonaId] = useState(personas[0]?.id ?? newPersona);
  const [personaName, setPersonaName] = useState('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [sourceId, setSourceId] = useState(copySources[0]?.id ?? '');
  const applicant = chosen ?? candidates.filter((c) => c.suggested).map((c) => c.id).slice(0, 1);
  const choice = (): ApplicantChoice => {
    const pool = candidates.find((c) => c.kind === 'pool' && applicant.includes(c.id));
    return pool ? { kind: 'pool', id: pool.id } : { kind: 'lanes', ids: applicant };
  };
  const toggle = (id: string, kindOf: 'lane' | 'pool', on: boolean) =>
    // A pool stands for the applicant alone; lanes combine.
    setChosen(on ? (kindOf === 'pool' ? [id] : [...applicant.filter((c) => candidates.find((x) => x.id === c)?.kind === 'lane'), id]) : applicant.filter((c) => c !== id));

  const content = (): Pick<JourneyMap, 'stages' | 'lanes' | 'cards'> => {
    const newId = () => crypto.randomUUID();
    if (mode === 'generate' && diagram) return generateJourney(diagram, choice(), { newId, documentName: (ref) => dictionary.byId.get(ref)?.name ?? ref });
    const source = copySources.find((map) => map.id === sourceId);
    if (mode === 'copy' && source) return copyContent(source, newId, false);
    return { stages: defaultStageKeys.map((key) => ({ id: newId(), title: t(`journey.stage.default.${key}`), links: [] })), lanes: newLanes(newId), cards: [] };
  };

  const create = async () => {
    try {
      const persona = personaId === newPersona ? await createPersona(workspaceDb, projectId, personaName || t('journey.persona.defaultName')) : { id: personaId };
      const title = name.trim() || t(`journey.map.defaultName_${mode}`, { variant: t(`variant.${kind}`) });
      onCreated(await addJourneyMap(workspaceDb, { projectId, processId, variantKind: kind, personaId: persona.id, name: title, journey: 'planned', interviewId: null, plannedMapId: null, ...content() }));
    } catch (error) {
      showError(t('journey.map.createFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const ready = mode !== 'generate' || (diagram !== null && applicant.length > 0);
  return (
    <Dialog
      title={t(`journey.map.new_${mode}`)}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="button" className="primary" disabled={!ready || (mode === 'copy' && !sourceId)} onClick={() => void create()}>
            {t('journey.map.create')}
          </button>
        </>
      }
    >
      <div className="form">
        <label>
          {t('journey.map.name')}
          <input value={name} placeholder={t(`journey.map.defaultName_${mode}`, { variant: t(`variant.${kind}`) })} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
        <label>
          {t('journey.persona.label')}
          <select aria-label={t('journey.persona.label')} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            {personas.map((persona) => (
              <option key={persona.id} value={persona.id}>
                {persona.name}
              </option>
            ))}
            <option value={newPersona}>{t('journey.persona.new')}</option>
          </select>
        </label>
        {personaId === newPersona && (
          <label>
            {t('journey.persona.name')}
            <input value={personaName} placeholder={t('journey.persona.defaultName')} onChange={(e) => setPersonaName(e.target.value)} maxLength={200} />
          </label>
        )}
        {mode === 'generate' && (
          <fieldset className="checks journey-generate">
            <legend>{t('journey.generate.applicant')}</legend>
            {!diagram && <p className="muted">{t('app.loading')}</p>}
            {diagram && candidates.length === 0 && <p className="muted">{t('journey.generate.noCandidates')}</p>}
            {candidates.map((candidate) => (
              <label key={candidate.id} className="inline-control" style={{ paddingLeft: `${candidate.depth * 1.25}rem` }}>
                <input type="checkbox" checked={applicant.includes(candidate.id)} onChange={(e) => toggle(candidate.id, candidate.kind, e.target.checked)} />
                {`${t(`journey.generate.${candidate.kind}`)}: ${candidate.name || candidate.id}`}
              </label>
            ))}
            <p className="muted">{t('journey.generate.hint')}</p>
          </fieldset>
        )}
        {mode === 'copy' && (
          <label>
            {t('journey.map.copyFrom')}
            <select aria-label={t('journey.map.copyFrom')} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              {copySources.map((map) => (
                <option key={map.id} value={map.id}>
                  {`${t(`variant.${map.variantKind}`)}: ${mapLabel(t, map, personas)}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </Dialog>
  );
}
