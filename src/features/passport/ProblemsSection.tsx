import { useTranslation } from 'react-i18next';
import type { StepSummary } from '../../domain/passport/diagramSummary';
import { newProblem, updateItem, type PassportEdit, type ProcessPassport, type ProcessProblem } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';
import { ListSection } from './ListSection';

interface Props {
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
  /** The steps of the as-is diagram; undefined while it is read. */
  steps: readonly StepSummary[] | undefined;
}

/** §32.4: the problems of the current variant, each with the as-is steps it concerns. */
export function ProblemsSection({ passport, apply, steps }: Props) {
  const { t } = useTranslation();
  const label = (field: string, number: number) => t('passport.fieldOf', { field: t(`passport.problems.${field}`), number });
  return (
    <ListSection
      list="problems"
      id="passport-problems"
      title={t('passport.problems.title')}
      empty={t('passport.problems.empty')}
      addLabel={t('passport.problems.add')}
      removeLabel={(number) => t('passport.problems.remove', { number })}
      passport={passport}
      apply={apply}
      newItem={newProblem}
    >
      {(problem, number) => (
        <div className="passport-fields">
          <label className="passport-fields__wide">
            {t('passport.problems.text')}
            <CommitInput multiline aria-label={label('text', number)} value={problem.text} onCommit={(text) => apply(updateItem('problems', problem.id, { text }))} />
          </label>
          <StepPicker problem={problem} steps={steps} onChange={(stepIds) => apply(updateItem('problems', problem.id, { stepIds }))} />
        </div>
      )}
    </ListSection>
  );
}

function StepPicker({ problem, steps, onChange }: { problem: ProcessProblem; steps: readonly StepSummary[] | undefined; onChange(stepIds: string[]): void }) {
  const { t } = useTranslation();
  const chosen = new Set(problem.stepIds);
  const known = new Set(steps?.map((step) => step.id));
  const gone = steps ? problem.stepIds.filter((id) => !known.has(id)) : [];
  const toggle = (id: string, on: boolean) => onChange(on ? [...problem.stepIds, id] : problem.stepIds.filter((chosenId) => chosenId !== id));
  const names = steps?.filter((step) => chosen.has(step.id)).map((step) => step.name || step.id) ?? [];
  return (
    <details className="step-picker passport-fields__wide">
      <summary>
        {t('passport.problems.stepsChosen', { count: problem.stepIds.length })}
        {names.length > 0 && <span className="muted"> — {names.join(', ')}</span>}
      </summary>
      {steps === undefined && <p className="muted">{t('passport.problems.stepsLoading')}</p>}
      {steps?.length === 0 && <p className="muted">{t('passport.problems.noSteps')}</p>}
      <ul className="plain-list">
        {steps?.map((step) => (
          <li key={step.id}>
            <label className="inline-control">
              <input type="checkbox" checked={chosen.has(step.id)} onChange={(e) => toggle(step.id, e.target.checked)} />
              {step.name || step.id}
            </label>
          </li>
        ))}
        {gone.map((id) => (
          <li key={id} className="step-picker__gone">
            <label className="inline-control">
              <input type="checkbox" checked onChange={() => toggle(id, false)} />⚠ {t('passport.problems.stepGone', { id })}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
