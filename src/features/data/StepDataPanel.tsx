import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isModeler, type BpmnEditor } from '../../bpmn/createEditor';
import type { StepDataService } from '../../bpmn/stepData/StepDataService';
import { channels, stepKinds, type StepData } from '../../domain/stepData/stepData';
import type { VariantKind } from '../../domain/variant';
import { CommitInput } from '../ui/CommitInput';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DataElementLink } from './DataElementLink';
import { DecisionSection } from './DecisionSection';
import { DurationInput } from './DurationInput';
import { FlowOutcomePanel } from './FlowOutcomePanel';
import { ExecutorFields } from './ExecutorFields';
import { OptionSelect } from './OptionSelect';
import { useDictionary } from './useDictionary';
import { useSelectedStep } from './useSelectedStep';
import { DocumentsSection, FieldsSection, SystemsSection } from './UsesSections';
import { StepJourneyCards } from '../journey/StepJourneyCards';

interface Props {
  editor: BpmnEditor | null;
  projectId: string;
  variantKind: VariantKind;
}

/**
 * Records what the selected step uses and how it is done (2024 Rules §32.3). A failure in it leaves the canvas working.
 * Memoised: the editor redraws with every save status, the panel follows the editor's events instead.
 */
export const StepDataPanel = memo(function StepDataPanel(props: Props) {
  return (
    <ErrorBoundary>
      <StepDataForm {...props} />
    </ErrorBoundary>
  );
});

function StepDataForm({ editor, projectId, variantKind }: Props) {
  const { t } = useTranslation();
  const { step, dataElement, flow, selectedOther } = useSelectedStep(editor);
  const dictionary = useDictionary(projectId);
  const modeler = editor && isModeler(editor) ? editor : null;
  const disabled = !modeler;
  const service = modeler?.get<StepDataService>('stepData') ?? null;

  if (dataElement) return <DataElementLink selected={dataElement} dictionary={dictionary} service={service} />;
  if (flow) return <FlowOutcomePanel selected={flow} service={service} />;

  if (!step) {
    return (
      <aside className="step-panel" aria-label={t('stepData.panelTitle')}>
        <h3>{t('stepData.panelTitle')}</h3>
        <p className="muted">{t(selectedOther ? 'stepData.notAStep' : 'stepData.noSelection')}</p>
      </aside>
    );
  }

  const { element, data } = step;
  const change = (next: StepData) => service?.update(element, next);
  const text = (key: 'approvalUnit') => (value: string) => change({ ...data, [key]: value.trim() || undefined });
  const flag = (key: 'approval' | 'collegial' | 'inPersonVisit') => (
    <label className="inline-control">
      <input type="checkbox" checked={data[key]} disabled={disabled} onChange={(e) => change({ ...data, [key]: e.target.checked })} />
      {t(`stepData.${key}`)}
    </label>
  );
  const justify = (rationale: string) => {
    const decision = { action: 'keep' as const, waste: [], ...data.decision, rationale: rationale.trim() };
    const onlyJustification = decision.action === 'keep' && decision.waste.length === 0 && !decision.legalAct;
    change({ ...data, decision: decision.rationale || !onlyJustification ? decision : undefined });
  };
  const sectionProps = { data, dictionary, disabled, onChange: change };

  return (
    // Keyed by the element, so half-typed text never moves over to another step.
    <aside key={element.id} className="step-panel" aria-label={t('stepData.panelTitle')} data-testid="step-panel">
      <h3>
        {t('stepData.panelTitle')}: <span className="step-panel__name">{element.businessObject.name || element.id}</span>
      </h3>
      {disabled && <p className="muted">{t('stepData.readOnly')}</p>}
      <details open className="panel-section">
        <summary>{t('stepData.executor')}</summary>
        <ExecutorFields data={data} dictionary={dictionary} disabled={disabled} onChange={change} />
        <DurationInput label={t('stepData.normTime')} value={data.normTime} disabled={disabled} onChange={(normTime) => change({ ...data, normTime })} />
        <DurationInput label={t('stepData.waitingTime')} value={data.waitingTime} disabled={disabled} onChange={(waitingTime) => change({ ...data, waitingTime })} />
      </details>
      <details open className="panel-section">
        <summary>{t('stepData.nature')}</summary>
        <OptionSelect label={t('stepData.stepKind')} value={data.stepKind} options={stepKinds} prefix="stepData.kind_" disabled={disabled} onChange={(stepKind) => change({ ...data, stepKind })} />
        <div className="flags">
          {flag('approval')}
          {flag('collegial')}
          {flag('inPersonVisit')}
        </div>
        {data.approval && (
          <label>
            <span>{t('stepData.approvalUnit')}</span>
            <CommitInput aria-label={t('stepData.approvalUnit')} value={data.approvalUnit ?? ''} disabled={disabled} onCommit={text('approvalUnit')} />
          </label>
        )}
        {variantKind !== 'asIs' && (data.approval || data.collegial) && (
          // The checks ask a proposed variant to justify every approval or collegial decision it keeps.
          <label>
            <span>{t('stepData.keptJustification')}</span>
            <CommitInput multiline aria-label={t('stepData.keptJustification')} value={data.decision?.rationale ?? ''} disabled={disabled} onCommit={justify} />
          </label>
        )}
        <OptionSelect label={t('stepData.channel')} value={data.channel} options={channels} prefix="stepData.channel_" disabled={disabled} onChange={(channel) => change({ ...data, channel })} />
      </details>
      <DocumentsSection {...sectionProps} />
      <FieldsSection {...sectionProps} />
      <SystemsSection {...sectionProps} />
      {variantKind === 'asIs' && <DecisionSection data={data} disabled={disabled} onChange={change} />}
      <StepJourneyCards variantKind={variantKind} elementId={element.id} />
    </aside>
  );
}
