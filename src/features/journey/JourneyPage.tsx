import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { copyContent } from '../../domain/journey/edit';
import type { Interview, JourneyMap } from '../../domain/journey/model';
import { variantKinds, type Process, type VariantKind } from '../../domain/variant';
import { addJourneyMap, deleteJourneyMap } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessTabs } from '../editor/ProcessTabs';
import { ConfirmDialog } from '../ui/Dialog';
import { showError } from '../ui/toastStore';
import { InterviewsSection } from './InterviewsSection';
import './journey.css';
import { mapLabel } from './journeyView';
import { MapWorkspace } from './MapWorkspace';
import { NewMapDialog, type NewMapMode } from './NewMapDialog';
import { PersonasSection } from './PersonasSection';
import { registerJourneyTexts } from './texts/register';
import { useJourneyData } from './useJourneyData';
import { useJourneyDiagram } from './useJourneyDiagram';
import { useViewerOnly } from '../sync/syncStore';

interface Props {
  process: Process;
  kind: VariantKind;
  mapId?: string;
}

const newModes: NewMapMode[] = ['generate', 'empty', 'copy'];

registerJourneyTexts();

/** The client journey maps (карта пути клиента) of a process's variant, with the project's personas and the process's interviews. */
export default function JourneyPage({ process, kind, mapId }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const data = useJourneyData(process);
  const variant = data?.variants.find((v) => v.kind === kind);
  const diagram = useJourneyDiagram(variant?.xml);
  const [creating, setCreating] = useState<NewMapMode | null>(null);
  const [deleting, setDeleting] = useState<JourneyMap | null>(null);
  const base = `/project/${process.projectId}/process/${process.id}/journey`;

  // A viewer of a shared project makes, deletes and edits no maps, interviews or personas.
  const viewerOnly = useViewerOnly(process.projectId);
  if (!data) return <p className="page">{t('app.loading')}</p>;
  const maps = data.maps.filter((map) => map.variantKind === kind);
  const selected = maps.find((map) => map.id === mapId) ?? maps[0];
  const copySources = data.maps.filter((map) => map.variantKind !== kind && map.journey === 'planned');
  const open = (map: JourneyMap) => navigate(`${base}/${map.variantKind}/${map.id}`);
  const recordActual = async (interview: Interview) => {
    if (!selected || selected.journey !== 'planned') return;
    try {
      const content = copyContent(selected, () => crypto.randomUUID(), true);
      const name = t('journey.map.actualName', { name: interview.interviewee });
      open(await addJourneyMap(workspaceDb, { ...selected, ...content, name, journey: 'actual', interviewId: interview.id, plannedMapId: selected.id, personaId: interview.personaId ?? selected.personaId }));
    } catch (error) {
      showError(t('journey.map.createFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className="process-workspace">
      <div className="workspace-bar">
        <ProcessTabs process={process} current="journey" existing={data.variants.map((v) => v.kind)} />
      </div>
      <div className="journey-page" role="tabpanel">
        <div className="journey-page__head">
          <h2>{t('journey.title', { process: process.name })}</h2>
          <div role="tablist" aria-label={t('journey.variant')} className="variant-tabs">
            {variantKinds.map((k) => (
              <button key={k} type="button" role="tab" className="tab" aria-selected={k === kind} onClick={() => navigate(`${base}/${k}`)}>
                {t(`variant.${k}`)}
              </button>
            ))}
          </div>
        </div>
        {data.skipped > 0 && <p className="banner banner--warning">{t('journey.skipped', { count: data.skipped })}</p>}
        {!variant ? (
          <p className="empty-state">{t('journey.noVariant', { variant: t(`variant.${kind}Long`) })}</p>
        ) : (
          <>
            <div className="journey-mapbar">
              {maps.length > 0 && (
                <label className="inline-control">
                  {t('journey.map.label')}
                  <select aria-label={t('journey.map.label')} value={selected?.id ?? ''} onChange={(e) => navigate(`${base}/${kind}/${e.target.value}`)}>
                    {maps.map((map) => (
                      <option key={map.id} value={map.id}>
                        {mapLabel(t, map, data.personas)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {!viewerOnly && newModes.map((mode) => (
                <button key={mode} type="button" className={mode === 'generate' ? 'primary' : undefined} disabled={mode === 'copy' && copySources.length === 0} onClick={() => setCreating(mode)}>
                  {t(`journey.map.new_${mode}`)}
                </button>
              ))}
              {selected && !viewerOnly && (
                <button type="button" className="danger" onClick={() => setDeleting(selected)}>
                  {t('journey.map.delete')}
                </button>
              )}
            </div>
            {selected ? (
              <MapWorkspace key={selected.id} mapId={selected.id} data={data} diagram={diagram} xml={variant.xml} processName={process.name} />
            ) : (
              <div className="empty-state">
                <p>{t('journey.noMaps', { variant: t(`variant.${kind}`) })}</p>
                <p className="muted">{t('journey.noMapsHint')}</p>
              </div>
            )}
          </>
        )}
        <fieldset className="journey-columns read-only-fieldset" disabled={viewerOnly}>
          <InterviewsSection projectId={process.projectId} processId={process.id} interviews={data.interviews} personas={data.personas} planned={selected?.journey === 'planned' ? selected : null} onRecordActual={(interview) => void recordActual(interview)} />
          <PersonasSection projectId={process.projectId} personas={data.personas} />
        </fieldset>
      </div>
      {creating && (
        <NewMapDialog
          open
          mode={creating}
          projectId={process.projectId}
          processId={process.id}
          kind={kind}
          personas={data.personas}
          diagram={diagram.status === 'ready' ? diagram.diagram : null}
          copySources={copySources}
          onClose={() => setCreating(null)}
          onCreated={(map) => {
            setCreating(null);
            open(map);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('journey.map.confirmDeleteTitle')}
        message={t('journey.map.confirmDelete', { name: deleting?.name ?? '' })}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => {
          if (deleting) void deleteJourneyMap(workspaceDb, deleting.id).then(() => navigate(`${base}/${kind}`));
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
