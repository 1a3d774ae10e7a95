import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/plan/calendar/isoDate';
import type { Deadline } from '../../domain/plan/plan';
import { romanQuarter, type Quarter } from '../../domain/plan/quarter';

interface Props {
  value: Deadline | null;
  /** What the deadline is of, for the controls' labels ("Срок исполнения, мероприятие 2.1"). */
  label: string;
  onChange(value: Deadline | null): void;
}

const quarters: Quarter['quarter'][] = [1, 2, 3, 4];

/** The years a quarter deadline offers: the five-year period of the Digital Transformation Map and a little either side. */
function yearsAround(selected: number | undefined): number[] {
  const first = Math.min(2024, selected ?? 2024);
  const last = Math.max(2031, selected ?? 2031);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A deadline as a date or a quarter of a year ("IV квартал 2026 года"), as plans write them. */
export function DeadlineInput({ value, label, onChange }: Props) {
  const { t } = useTranslation();
  const kind = value?.kind ?? 'none';
  const thisYear = new Date().getFullYear();
  const changeKind = (next: string) => {
    if (next === 'none') onChange(null);
    else if (next === 'quarter') onChange({ kind: 'quarter', year: thisYear, quarter: 4 });
    else onChange({ kind: 'date', date: `${thisYear}-12-31` });
  };
  return (
    <div className="deadline-input">
      <select aria-label={t('plan.fieldOf', { field: t('plan.deadline.kind'), number: label })} value={kind} onChange={(e) => changeKind(e.target.value)}>
        <option value="none">{t('plan.deadline.none')}</option>
        <option value="date">{t('plan.deadline.date')}</option>
        <option value="quarter">{t('plan.deadline.quarter')}</option>
      </select>
      {value?.kind === 'date' && (
        <input
          type="date"
          aria-label={t('plan.fieldOf', { field: t('plan.column.deadline'), number: label })}
          value={value.date}
          onChange={(e) => isIsoDate(e.target.value) && onChange({ kind: 'date', date: e.target.value })}
        />
      )}
      {value?.kind === 'quarter' && (
        <span className="deadline-input__quarter">
          <select aria-label={t('plan.fieldOf', { field: t('plan.deadline.quarterNumber'), number: label })} value={value.quarter} onChange={(e) => onChange({ ...value, quarter: Number(e.target.value) as Quarter['quarter'] })}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {romanQuarter(q)}
              </option>
            ))}
          </select>
          <select aria-label={t('plan.fieldOf', { field: t('plan.deadline.year'), number: label })} value={value.year} onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}>
            {yearsAround(value.year).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </span>
      )}
    </div>
  );
}
