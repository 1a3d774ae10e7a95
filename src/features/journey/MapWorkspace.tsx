import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkableElements } from '../../domain/journey/diagram';
import { deleteCard, deleteStage, linkStage } from '../../domain/journey/edit';
import type { JourneyMap } from '../../domain/journey/model';
import { brokenLinks } from '../../domain/journey/links';
import { journeyTotals, stageEmotions } from '../../domain/journey/totals';
import { ConfirmDialog } from '../ui/Dialog';
import { showInfo } from '../ui/toastStore';
import { CardEditor } from './CardEditor';
import { DeviationsList } from './DeviationsList';
import { JourneyExportButtons } from './export/JourneyExportButtons';
import { JourneyDiagram } from './JourneyDiagram';
import { JourneyGrid } from './JourneyGrid';
import { mapLabel, type Selection } from './journeyView';
import { LanesMenu } from './LanesMenu';
import { LinksEditor } from './LinksEditor';
import { TotalsTable } from './TotalsTable';
import type { DiagramState } from './useJourneyDiagram';
import type { JourneyData } from './useJourneyData';
import { useMapEditor } from './useMapEditor';
import { useViewerOnly } from '../sync/syncStore';
import { ViewerBanner } from '../sync/ViewerBanner';

const ignoreEdit = (_label: string, _edit: (map: JourneyMap) => JourneyMap) => undefined;

interface Props {
  mapId: string;
  data: JourneyData;
  diagram: DiagramState;
  xml: string;
  processName: string;
}

/** One map open for editing: its toolbar, grid, the selected card's editor, totals, comparison and diagram. */
export function MapWorkspace({ mapId, data, diagram, xml, processName }: Props) {
  const { t } = useTranslation();
  const editor = useMapEditor(mapId);
  // A viewer of a shared project sees the map; its edits would never reach the team, so none are made.
  const viewerOnly = useViewerOnly(editor.map?.projectId ?? '');
  const apply = viewerOnly ? ignoreEdit : editor.apply;
  const { undo } = editor;
  const [selection, setSelection] = useState<Selection | null>(null);
  const [stageToDelete, setStageToDelete] = useState<string | null>(null);
  const [compareId, setCompareId] = useState<string | null | undefined>(undefined);
  const map = editor.map;
  const ready = diagram.status === 'ready' ? diagram : null;
  const broken = useMemo(() => (map && ready ? brokenLinks(map, ready.elementIds) : []), [map, ready]);
  const brokenIds = useMemo(() => new Set(broken.map((link) => link.id)), [broken]);
  const interviewNames = useMemo(() => new Map(data.interviews.map((interview) => [interview.id, interview.interviewee])), [data.interviews]);
  const removeCard = useCallback(
    (cardId: string) => {
      apply(t('journey.edit.deleteCard'), (m) => deleteCard(m, cardId));
      setSelection(null);
      showInfo(t('journey.card.deleted'), { action: { label: t('app.undo'), run: undo } });
    },
    [apply, undo, t],
  );
  const removeStage = useCallback(
    (stageId: string, cardCount: number) => (cardCount ? setStageToDelete(stageId) : apply(t('journey.edit.deleteStage'), (m) => deleteStage(m, stageId))),
    [apply, t],
  );
  if (!map) return <p>{t('app.loading')}</p>;

  const others = data.maps.filter((other) => other.id !== map.id && other.journey === 'planned' && other.variantKind !== map.variantKind);
  // By default an as-is map is compared with nothing; another variant's map with the same persona's as-is map.
  const defaultCompare = map.variantKind === 'asIs' ? null : (others.find((o) => o.variantKind === 'asIs' && o.personaId === map.personaId) ?? null);
  const compared = compareId === undefined ? defaultCompare : (others.find((o) => o.id === compareId) ?? null);
  const planned = map.journey === 'actual' ? (data.maps.find((m) => m.id === map.plannedMapId) ?? null) : null;
  const card = selection?.kind === 'card' ? map.cards.find((c) => c.id === selection.id) : undefined;
  const stage = selection?.kind === 'stage' ? map.stages.find((s) => s.id === selection.id) : undefined;
  const label = (m: JourneyMap) => `${t(`variant.${m.variantKind}`)}: ${mapLabel(t, m, data.personas)}`;
  // The diagram under the map shows the selected card's or stage's steps.
  const highlighted = card?.links ?? stage?.links ?? [];
  const showDiagram = () => document.querySelector('.journey-diagram')?.scrollIntoView({ behavior: 'smooth' });

  return (
    <div
      className="journey-workspace"
      onKeyDown={(e) => {
        const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select');
        if (!(e.ctrlKey || e.metaKey) || typing) return;
        const key = e.key.toLowerCase();
        const command = key === 'z' && !e.shiftKey ? editor.undo : key === 'y' || key === 'z' ? editor.redo : key === 's' ? editor.flush : null;
        if (!command) return;
        e.preventDefault();
        void command();
      }}
    >
      <div className="journey-toolbar" role="toolbar" aria-label={map.name}>
        <button type="button" disabled={!editor.undoLabel} onClick={editor.undo} title={editor.undoLabel ? t('journey.undo', { action: editor.undoLabel }) : t('editor.undo')} aria-label={t('editor.undo')}>
          ↶
        </button>
        <button type="button" disabled={!editor.redoLabel} onClick={editor.redo} title={editor.redoLabel ? t('journey.redo', { action: editor.redoLabel }) : t('editor.redo')} aria-label={t('editor.redo')}>
          ↷
        </button>
        {!viewerOnly && <LanesMenu map={map} apply={apply} />}
        <label className="inline-control">
          {t('journey.compareWith')}
          <select aria-label={t('journey.compareWith')} value={compared?.id ?? ''} onChange={(e) => setCompareId(e.target.value || null)}>
            <option value="">{t('journey.compareNone')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {label(other)}
              </option>
            ))}
          </select>
        </label>
        <JourneyExportButtons map={map} processName={processName} personas={data.personas} />
        <span className={`save-status save-status--${editor.status}`} role="status" data-testid="journey-save-status">
          {t(`editor.status.${editor.status}`)}
        </span>
      </div>
      {viewerOnly && <ViewerBanner />}
      {editor.status === 'error' && <p className="banner banner--error">{t('journey.saveError', { reason: editor.saveError ?? '' })}</p>}
      {broken.length > 0 && <p className="banner banner--warning">{t('journey.links.brokenBanner', { count: broken.length })}</p>}
      {diagram.status === 'failed' && <p className="banner banner--error">{t('journey.diagramFailed', { reason: diagram.reason })}</p>}
      <fieldset className="journey-main read-only-fieldset" disabled={viewerOnly}>
        <div className="journey-scroll">
          {map.stages.length === 0 && <p className="empty-state">{t('journey.emptyMap')}</p>}
          <JourneyGrid
            map={map}
            broken={brokenIds}
            selection={selection}
            interviewNames={interviewNames}
            overlay={compared ? { values: stageEmotions(compared), label: t(`variant.${compared.variantKind}`) } : null}
            curveLabel={t(`variant.${map.variantKind}`)}
            apply={apply}
            onSelect={setSelection}
            onDeleteCard={removeCard}
            onDeleteStage={removeStage}
          />
        </div>
        {card && (
          <CardEditor
            map={map}
            card={card}
            interviews={data.interviews}
            planned={planned}
            linkable={ready ? linkableElements(ready.diagram) : null}
            apply={apply}
            onDelete={() => removeCard(card.id)}
            onShowLinks={showDiagram}
          />
        )}
        {stage && (
          <aside className="journey-editor" aria-label={t('journey.stage.editor')}>
            <h3>{stage.title || t('journey.stage.editor')}</h3>
            <LinksEditor links={stage.links} linkable={ready ? linkableElements(ready.diagram) : null} onChange={(links) => apply(t('journey.edit.linkStage'), (m) => linkStage(m, stage.id, links))} onShow={showDiagram} />
          </aside>
        )}
      </fieldset>
      {map.journey === 'actual' && <DeviationsList actual={map} planned={planned} />}
      <section aria-labelledby="journey-totals-title">
        <h3 id="journey-totals-title">{t('journey.totals.title')}</h3>
        <TotalsTable totals={journeyTotals(map)} against={compared ? { totals: journeyTotals(compared), label: label(compared) } : null} label={label(map)} />
      </section>
      <JourneyDiagram xml={xml} highlighted={highlighted} />
      <ConfirmDialog
        open={stageToDelete !== null}
        title={t('journey.stage.confirmDeleteTitle')}
        message={t('journey.stage.confirmDelete', { count: map.cards.filter((c) => c.stageId === stageToDelete).length })}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => {
          if (stageToDelete) apply(t('journey.edit.deleteStage'), (m) => deleteStage(m, stageToDelete));
          setStageToDelete(null);
          setSelection(null);
        }}
        onCancel={() => setStageToDelete(null)}
      />
    </div>
  );
}
