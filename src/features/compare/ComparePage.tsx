import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { assessedForms } from '../../domain/compare/assessedForms';
import type { ChosenProposals, ProposalTarget } from '../../domain/compare/proposals';
import { patchRow, type SavedQuestionnaireRow } from '../../domain/compare/questionnaire';
import type { Process } from '../../domain/variant';
import { getProject } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessTabs } from '../editor/ProcessTabs';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DiffSection } from './diff/DiffSection';
import { CompareExportButtons } from './export/CompareExportButtons';
import { JourneyTotalsTable } from './JourneyTotalsTable';
import { MetricsTable } from './MetricsTable';
import { ProposalsBlock } from './ProposalsBlock';
import { QuestionnaireTable } from './QuestionnaireTable';
import { TermBoundsPanel } from './TermBoundsPanel';
import { useAssessment } from './useAssessment';
import { useJourneyComparison } from './useJourneyComparison';
import { useProcessComparison } from './useProcessComparison';

const targets: readonly ProposalTarget[] = ['toBe', 'optimal'];

/** The comparison of a process's variants: figures, the service term, the Appendix 1 proposals, the МВК questionnaire. */
export function ComparePage({ process }: { process: Process }) {
  const { t } = useTranslation();
  const { assessment, saving, update } = useAssessment(process);
  const state = useProcessComparison(process, assessment?.termBounds);
  const project = useLiveQuery(() => getProject(workspaceDb, process.projectId), [process.projectId]);
  const journeys = useJourneyComparison(process);
  const existing = state.status === 'ready' ? state.comparison.variants : [];

  const body = () => {
    if (state.status === 'loading' || !assessment || !project) return <p>{t('app.loading')}</p>;
    if (state.status === 'failed') return <p className="banner banner--error">{t('compare.failed', { reason: state.reason })}</p>;
    const { comparison } = state;
    const target = assessment.target;
    const { proposals, questionnaire: rows } = assessedForms(comparison, assessment);
    const saveRow = (number: number, patch: Partial<SavedQuestionnaireRow>) => update((current) => ({ ...current, questionnaire: patchRow(current.questionnaire, number, patch) }));
    const choose = (chosen: ChosenProposals) => update((current) => ({ ...current, proposals: chosen }));
    return (
      <>
        <CompareExportButtons
          project={project}
          processName={process.name}
          comparison={comparison}
          proposals={proposals}
          questionnaire={rows}
          journeys={journeys}
          variants={state.variants}
        />
        {comparison.variants.length < 2 && <p className="banner banner--info">{t('compare.needTwo')}</p>}
        <section aria-labelledby="compare-metrics">
          <h3 id="compare-metrics">{t('compare.metricsTitle')}</h3>
          <MetricsTable comparison={comparison} />
        </section>
        <TermBoundsPanel
          comparison={comparison}
          bounds={assessment.termBounds}
          disabled={false}
          onChange={(kind, bounds) => update((current) => ({ ...current, termBounds: { ...current.termBounds, [kind]: bounds } }))}
        />
        <section aria-labelledby="compare-journeys">
          <h3 id="compare-journeys">{t('journey.report.heading')}</h3>
          <JourneyTotalsTable journeys={journeys} />
        </section>
        <div className="compare-target">
          <label className="inline-control">
            {t('compare.target')}
            <select
              value={target}
              onChange={(e) => {
                // Read now: the update runs later, after React has reset the controlled select to the stored value.
                const chosen = e.target.value as ProposalTarget;
                update((current) => ({ ...current, target: chosen }));
              }}
            >
              {targets.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`variant.${kind}Long`)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t('compare.targetHint')}</p>
        </div>
        <section aria-labelledby="compare-proposals">
          <h3 id="compare-proposals">{t('compare.proposalsTitle')}</h3>
          <ProposalsBlock proposals={proposals} disabled={false} onChange={choose} />
        </section>
        <section aria-labelledby="compare-questionnaire">
          <h3 id="compare-questionnaire">{t('compare.questionnaireTitle')}</h3>
          <QuestionnaireTable rows={rows} chosen={assessment.proposals} disabled={false} onChange={saveRow} onChoose={choose} />
        </section>
        <section aria-labelledby="compare-diff">
          <h3 id="compare-diff">{t('diff.title')}</h3>
          <ErrorBoundary>
            <DiffSection
              variants={state.variants}
              dictionary={state.dictionary}
              matchOverrides={assessment.matchOverrides}
              onMatchOverrides={(pair, overrides) => update((current) => ({ ...current, matchOverrides: { ...current.matchOverrides, [pair]: overrides } }))}
            />
          </ErrorBoundary>
        </section>
      </>
    );
  };

  return (
    <div className="process-workspace">
      <div className="workspace-bar">
        <ProcessTabs process={process} current="compare" existing={existing} />
      </div>
      <div className="compare-page" role="tabpanel">
        <h2>{t('compare.title', { process: process.name })}</h2>
        <span className="save-status" role="status" data-testid="assessment-status">
          {assessment && (saving ? t('editor.status.saving') : t('editor.status.saved'))}
        </span>
        <ErrorBoundary>{body()}</ErrorBoundary>
      </div>
    </div>
  );
}
