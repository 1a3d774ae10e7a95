import { useTranslation } from 'react-i18next';
import { questionnaireValueText, type QuestionnaireRow, type SavedQuestionnaireRow } from '../../domain/compare/questionnaire';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  rows: QuestionnaireRow[];
  disabled: boolean;
  /** A change to one row, applied to the row as stored then (two quick edits must not undo each other). */
  onChange(number: number, patch: Partial<SavedQuestionnaireRow>): void;
}

/**
 * The МВК questionnaire (Appendix 2, 2015 Rules): № · parameter · value · justification. A value
 * the comparison can answer is shown as computed until the team types over it; they can go back.
 */
export function QuestionnaireTable({ rows, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const save = (row: QuestionnaireRow, patch: Partial<SavedQuestionnaireRow>) => onChange(row.number, patch);

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
        {rows.map((row) => {
          const name = t(row.parameterKey);
          const computed = row.prefill !== null && !row.touched;
          return (
            <tr key={row.number} data-parameter={row.parameter}>
              <td>{row.number}</td>
              <th scope="row">{name}</th>
              <td>
                <CommitInput
                  multiline
                  aria-label={t('compare.valueOf', { number: row.number })}
                  value={questionnaireValueText(row, t)}
                  disabled={disabled}
                  onCommit={(value) => save(row, { value, touched: true })}
                />
                {computed && <span className="questionnaire__computed">{t('compare.computed')}</span>}
                {row.prefill !== null && row.touched && (
                  <button type="button" className="link-button" disabled={disabled} onClick={() => save(row, { value: '', touched: false })}>
                    {t('compare.useComputed')}
                  </button>
                )}
              </td>
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
          );
        })}
      </tbody>
    </table>
  );
}
