import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarAdjustment } from '../../domain/plan/calendar/adjustments';
import { WorkingCalendar } from '../../domain/plan/calendar/workingDays';
import { getCalendarAdjustments, updateCalendarAdjustments } from '../../storage/planRepository';
import { workspaceDb } from '../../storage/workspace';
import { showError } from '../ui/toastStore';

export interface WorkingCalendarState {
  calendar: WorkingCalendar;
  /** The days the user added; empty while loading. */
  days: CalendarAdjustment[];
  /** The stored days cannot be read: they are left as they are and none can be added. */
  damaged: boolean;
  update(change: (days: CalendarAdjustment[]) => CalendarAdjustment[]): void;
}

/** The working-day calendar with the user's own days, live across tabs. */
export function useWorkingCalendar(): WorkingCalendarState {
  const { t } = useTranslation();
  const stored = useLiveQuery(() => getCalendarAdjustments(workspaceDb), []);
  const days = useMemo(() => stored?.days ?? [], [stored]);
  const calendar = useMemo(() => new WorkingCalendar(days), [days]);
  return {
    calendar,
    days,
    damaged: stored?.damaged ?? false,
    update(change) {
      updateCalendarAdjustments(workspaceDb, change).catch((error: unknown) => showError(t('calendar.saveFailed', { reason: error instanceof Error ? error.message : String(error) })));
    },
  };
}
