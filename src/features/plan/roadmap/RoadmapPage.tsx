import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../domain/plan/calendar/isoDate';
import { buildRoadmapReport } from '../../../domain/plan/planReport';
import { roadmapCodes } from '../../../domain/plan/roadmap';
import type { Project } from '../../../domain/project';
import type { Process } from '../../../domain/variant';
import { listPlans } from '../../../storage/planRepository';
import { workspaceDb } from '../../../storage/workspace';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { DocumentExport } from '../DocumentExport';
import { useWorkingCalendar } from '../useWorkingCalendar';
import { PlansOverview } from './PlansOverview';
import { RoadmapGrid } from './RoadmapGrid';
import { useRoadmap } from './useRoadmap';
import '../plan.css';

const startYears = Array.from({ length: 9 }, (_, index) => 2022 + index);

/** The project's roadmap of R/F/D codes by quarter, and how far each process's action plan has got. */
export function RoadmapPage({ project, processes }: { project: Project; processes: Process[] }) {
  const { t } = useTranslation();
  const { roadmap, saving, update } = useRoadmap(project.id);
  const plans = useLiveQuery(() => listPlans(workspaceDb, project.id), [project.id]);
  const { calendar } = useWorkingCalendar();
  const byProcess = new Map((plans ?? []).map((plan) => [plan.processId, plan]));

  return (
    <div className="roadmap-page">
      <div className="plan-page__header">
        <h2>{t('roadmap.title')}</h2>
        <span className="save-status" role="status" data-testid="roadmap-status">
          {roadmap && (saving ? t('editor.status.saving') : t('editor.status.saved'))}
        </span>
      </div>
      <p className="muted">{t('roadmap.intro')}</p>
      {processes.length === 0 ? (
        <p className="empty-state">{t('roadmap.noProcesses')}</p>
      ) : !roadmap || !plans ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="roadmap-overview" className="plan-section">
            <h3 id="roadmap-overview">{t('roadmap.overview')}</h3>
            <ErrorBoundary>
              <PlansOverview processes={processes} plans={byProcess} today={localToday()} calendar={calendar} />
            </ErrorBoundary>
          </section>
          <section aria-labelledby="roadmap-grid" className="plan-section">
            <h3 id="roadmap-grid">{t('roadmap.grid')}</h3>
            <div className="roadmap-controls">
              <label className="inline-control">
                {t('roadmap.period')}
                <select value={roadmap.startYear} onChange={(e) => update((current) => ({ ...current, startYear: Number(e.target.value) }))}>
                  {startYears.map((year) => (
                    <option key={year} value={year}>
                      {t('roadmap.periodOption', { start: year, end: year + roadmap.years - 1 })}
                    </option>
                  ))}
                </select>
              </label>
              <ul className="roadmap-legend" aria-label={t('roadmap.legend')}>
                {roadmapCodes.map((code) => (
                  <li key={code}>
                    <span className={`roadmap-code roadmap-code--${code}`} aria-hidden="true">
                      {code}
                    </span>{' '}
                    — {t(`roadmap.code.${code}`)}
                  </li>
                ))}
              </ul>
            </div>
            <DocumentExport
              label={t('roadmap.exportToolbar')}
              fileName={(inDocument) => `${project.name} - ${inDocument('roadmap.fileName')}`}
              build={(maker) => buildRoadmapReport({ projectName: project.name, processes, roadmap, ...maker })}
            />
            <p className="muted">{t('roadmap.keyboardHint')}</p>
            <ErrorBoundary>
              <RoadmapGrid roadmap={roadmap} processes={processes} plans={byProcess} update={update} />
            </ErrorBoundary>
          </section>
        </>
      )}
    </div>
  );
}
