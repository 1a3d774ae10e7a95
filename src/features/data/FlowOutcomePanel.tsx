import { useTranslation } from 'react-i18next';
import type { StepDataService } from '../../bpmn/stepData/StepDataService';
import { useFormat } from '../ui/format';
import type { SelectedFlow } from './useSelectedStep';

interface Props {
  selected: SelectedFlow;
  service: StepDataService | null;
}

/**
 * A way out of a gateway: whether it is the gateway's usual outcome (its BPMN default flow) and,
 * if known, how often it is taken. The comparison's typical term follows these marks; the
 * longest term takes every way.
 */
export function FlowOutcomePanel({ selected, service }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { element, isDefault, probability } = selected;
  const disabled = !service;
  const percent = probability === undefined ? '' : String(Math.round(probability * 1000) / 10);
  const label = element.businessObject.name || element.id;
  return (
    <aside key={element.id} className="step-panel" aria-label={t('stepData.outcome.title')} data-testid="flow-panel">
      <h3>
        {t('stepData.outcome.title')}: <span className="step-panel__name">{label}</span>
      </h3>
      <p className="muted">{t('stepData.outcome.hint')}</p>
      <label className="inline-control">
        <input type="checkbox" checked={isDefault} disabled={disabled} onChange={(e) => service?.setDefaultFlow(element, e.target.checked)} />
        {t('stepData.outcome.isDefault')}
      </label>
      <label>
        <span>{t('stepData.outcome.probability')}</span>
        <input
          // Keyed by the stored value: an undo shows the value it brought back.
          key={percent}
          type="number"
          min={0}
          max={100}
          step={1}
          defaultValue={percent}
          disabled={disabled}
          aria-describedby="flow-probability-hint"
          onBlur={(e) => {
            const text = e.target.value.trim();
            const value = Number(text);
            if (text === '') service?.setFlowProbability(element, undefined);
            else if (e.target.validity.valid && Number.isFinite(value)) service?.setFlowProbability(element, value / 100);
          }}
        />
      </label>
      <p id="flow-probability-hint" className="muted">
        {probability === undefined ? t('stepData.outcome.noProbability') : t('stepData.outcome.taken', { percent: format.percent(probability * 100).replace(/^\+/, '') })}
      </p>
    </aside>
  );
}
