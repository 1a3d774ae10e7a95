import { useTranslation } from 'react-i18next';
import { decisionActions, wasteKinds, type StepData } from '../../domain/stepData/stepData';
import { CommitInput } from '../ui/CommitInput';
import { OptionSelect } from './OptionSelect';

interface Props {
  data: StepData;
  disabled: boolean;
  onChange(data: StepData): void;
}

/** The Lean question on an as-is step; later issues turn these decisions into figures and plan items. */
export function DecisionSection({ data, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const decision = data.decision;
  const set = (patch: Partial<NonNullable<StepData['decision']>>) =>
    onChange({ ...data, decision: { action: 'keep', waste: [], rationale: '', ...decision, ...patch } });
  return (
    <details open className="panel-section">
      <summary>{t('stepData.decision')}</summary>
      <p className="muted">{t('stepData.decisionHint')}</p>
      <OptionSelect
        label={t('stepData.action')}
        value={decision?.action}
        options={decisionActions}
        prefix="stepData.action_"
        disabled={disabled}
        onChange={(action) => (action ? set({ action }) : onChange({ ...data, decision: undefined }))}
      />
      {decision && (
        <>
          {decision.action === 'merge' && (
            <label>
              <span>{t('stepData.mergeWith')}</span>
              <CommitInput aria-label={t('stepData.mergeWith')} value={decision.mergeWith ?? ''} disabled={disabled} onCommit={(mergeWith) => set({ mergeWith: mergeWith || undefined })} />
            </label>
          )}
          <label>
            <span>{t('stepData.rationale')}</span>
            <CommitInput multiline aria-label={t('stepData.rationale')} value={decision.rationale} disabled={disabled} onCommit={(rationale) => set({ rationale })} />
          </label>
          <fieldset className="checks">
            <legend>{t('stepData.waste')}</legend>
            {wasteKinds.map((kind) => (
              <label key={kind} className="inline-control">
                <input
                  type="checkbox"
                  disabled={disabled}
                  checked={decision.waste.includes(kind)}
                  onChange={(e) => set({ waste: e.target.checked ? [...decision.waste, kind] : decision.waste.filter((w) => w !== kind) })}
                />
                {t(`stepData.waste_${kind}`)}
              </label>
            ))}
          </fieldset>
          <label>
            <span>{t('stepData.legalAct')}</span>
            <CommitInput aria-label={t('stepData.legalAct')} value={decision.legalAct ?? ''} disabled={disabled} onCommit={(legalAct) => set({ legalAct: legalAct || undefined })} />
          </label>
        </>
      )}
    </details>
  );
}
