import { useTranslation } from 'react-i18next';
import { withSharedAnswer, type ChosenProposals } from '../../domain/compare/proposals';
import { questionnaireValueText, type QuestionnaireRow, type SavedQuestionnaireRow } from '../../domain/compare/questionnaire';
import { CommitInput } from '../ui/CommitInput';
import { useFormat } from '../ui/format';

interface Props {
  rows: QuestionnaireRow[];
  /** The Appendix 1 choices, which answer rows 2, 3, 8, 9, 10 and 12 too. */
  chosen: ChosenProposals;
  disabled: boolean;
  /** A change to one row, applied to the row as stored then (two quick edits must not undo each other). */
  onChange(number: number, patch: Partial<SavedQuestionnaireRow>): void;
  onChoose(chosen: ChosenProposals): void;
}

/**
 * The МВК questionnaire (Appendix 2, 2015 Rules): № · parameter · value · justification. A value
 * the comparison can answer is shown as computed until the team types over it; they can go back.
 * A question Appendix 1 also answers shows that one answer, changeable here or there, and a note.
 */
export function QuestionnaireTable({ rows, chosen, disabled, onChange, onChoose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const termFormat = { duration: (days: number, role: 'plain' | 'from' | 'to') => format.duration(days, { role, whole: true }) };
  const save = (row: QuestionnaireRow, patch: Partial<SavedQuestionnaireRow>) => onChange(row.number, patch);

  const value = (row: QuestionnaireRow) => {
    const { prefill } = row;
    if (prefill?.kind === 'shared') {
      return (
        <>
          <div className="questionnaire__shared">
            <select
              aria-label={t('compare.valueOf', { number: row.number })}
              value={prefill.answer ?? ''}
              disabled={disabled}
              onChange={(e) => {
                const picked = e.target.value === '' ? null : (e.target.value as 'yes' | 'no');
                onChoose(withSharedAnswer(chosen, prefill.item, picked));
              }}
            >
              <option value="">{t('compare.proposals.notChosen')}</option>
              <option value="yes">{t('compare.questionnaire.value.shared.yes')}</option>
              <option value="no">{t('compare.questionnaire.value.shared.no')}</option>
            </select>
            <span className="questionnaire__computed">{t('compare.sharedAnswer', { item: t(`compare.proposals.${prefill.item}`) })}</span>
          </div>
          <CommitInput
            multiline
            aria-label={t('compare.noteOf', { number: row.number })}
            placeholder={t('compare.notePlaceholder')}
            value={row.value}
            disabled={disabled}
            onCommit={(note) => save(row, { value: note })}
          />
        </>
      );
    }
    const computed = prefill !== null && !row.touched;
    return (
      <>
        <CommitInput
          multiline
          aria-label={t('compare.valueOf', { number: row.number })}
          value={questionnaireValueText(row, t, termFormat)}
          disabled={disabled}
          onCommit={(typed) => save(row, { value: typed, touched: true })}
        />
        {computed && <span className="questionnaire__computed">{t('compare.computed')}</span>}
        {prefill !== null && row.touched && (
          <button type="button" className="link-button" disabled={disabled} onClick={() => save(row, { value: '', touched: false })}>
            {t('compare.useComputed')}
          </button>
        )}
      </>
    );
  };

  return (
    <table className="questionnaire" data-testid="questionnaire">
      <thead>
        <tr>
          <th scope="col">{t('report.questionnaire.number')}</th>
          <th scope="col">{t('report.questionnaire.parameterName')}</th>
          <th scope="col">{t('report.questionnaire.parameter')}</th>
          <th scope="col">{t('report.questionnaire.justification')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.number} data-parameter={row.parameter}>
            <td>{row.number}</td>
            <th scope="row">{t(row.parameterKey)}</th>
            <td>{value(row)}</td>
            <td>
              <CommitInput
                multiline
                aria-label={t('compare.justificationOf', { number: row.number })}
                value={row.justification}
                disabled={disabled}
                onCommit={(justification) => save(row, { justification })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
