import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withAdjustment, withoutAdjustment, type AdjustmentKind } from '../../domain/plan/calendar/adjustments';
import { dottedDate, isIsoDate } from '../../domain/plan/calendar/isoDate';
import { calendarYears } from '../../domain/plan/calendar/years';
import { Dialog } from '../ui/Dialog';
import type { WorkingCalendarState } from './useWorkingCalendar';

interface Props {
  open: boolean;
  onClose(): void;
  state: WorkingCalendarState;
}

/** What the working-day calendar knows per year, with its sources, and the days the user adds for what it does not. */
export function CalendarDialog({ open, onClose, state }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<AdjustmentKind>('dayOff');
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) return setError(true);
    state.update((days) => withAdjustment(days, { date, kind, note: note.trim() }));
    setDate('');
    setNote('');
    setError(false);
  };

  return (
    <Dialog title={t('calendar.title')} open={open} onClose={onClose}>
      <div className="calendar-dialog">
        <p className="muted">{t('calendar.intro')}</p>
        <h3>{t('calendar.known')}</h3>
        <table className="data-table calendar-years">
          <thead>
            <tr>
              <th scope="col">{t('calendar.year')}</th>
              <th scope="col">{t('calendar.kurbanAit')}</th>
              <th scope="col">{t('calendar.transfers')}</th>
              <th scope="col">{t('calendar.source')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(calendarYears).map(([year, data]) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{data.kurbanAit ? dottedDate(data.kurbanAit.date) : t('calendar.unknown')}</td>
                <td>
                  {!data.transfers
                    ? t('calendar.unknown')
                    : data.transfers.items.length === 0
                      ? t('calendar.noTransfers', { date: dottedDate(data.transfers.asOf) })
                      : data.transfers.items.map((item) => t('calendar.transfer', { dayOff: dottedDate(item.dayOff), workingDay: dottedDate(item.workingDay) })).join('; ')}
                </td>
                <td className="calendar-years__source">{[data.kurbanAit?.source, data.transfers?.source].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('calendar.userDays')}</h3>
        {state.damaged && <p className="banner banner--error">{t('calendar.damaged')}</p>}
        {!state.damaged && state.days.length === 0 && <p className="muted">{t('calendar.noUserDays')}</p>}
        <ul className="plain-list calendar-days">
          {state.days.map((day) => (
            <li key={day.date}>
              <span>
                {dottedDate(day.date)} — {t(`calendar.${day.kind}`)}
                {day.note && ` (${day.note})`}
              </span>
              <button type="button" className="link-button danger" onClick={() => state.update((days) => withoutAdjustment(days, day.date))}>
                {t('calendar.removeOf', { date: dottedDate(day.date) })}
              </button>
            </li>
          ))}
        </ul>
        {!state.damaged && (
          <form className="calendar-add" onSubmit={add}>
            <label>
              {t('calendar.date')}
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error} />
            </label>
            <label>
              {t('calendar.kind')}
              <select value={kind} onChange={(e) => setKind(e.target.value as AdjustmentKind)}>
                <option value="dayOff">{t('calendar.dayOff')}</option>
                <option value="workingDay">{t('calendar.workingDay')}</option>
              </select>
            </label>
            <label>
              {t('calendar.note')}
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button type="submit">{t('calendar.add')}</button>
            {error && <p className="form__error">{t('calendar.dateRequired')}</p>}
          </form>
        )}
      </div>
    </Dialog>
  );
}
