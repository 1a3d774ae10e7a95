import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { statusOf, type CurrentStatus, type StatusChange, type StatusSubject } from '../../domain/lifecycle/lifecycle';
import { getUserName, processStatusSources } from '../../storage/statusRepository';
import { workspaceDb } from '../../storage/workspace';

export interface ProcessStatuses {
  changes: StatusChange[];
  of(subject: StatusSubject): CurrentStatus;
}

/** The statuses of a process's variants and plan, kept current across tabs; undefined while read. */
export function useProcessStatuses(processId: string): ProcessStatuses | undefined {
  const sources = useLiveQuery(() => processStatusSources(workspaceDb, processId), [processId]);
  if (!sources) return undefined;
  return { changes: sources.changes, of: (subject) => statusOf(subject, sources.plan, sources.changes) };
}

/** The name this browser's user gave for status changes; undefined while read. */
export function useUserName(): string | undefined {
  return useLiveQuery(() => getUserName(workspaceDb), []);
}

/** What the UI calls a variant or the plan. */
export function useSubjectName(): (subject: StatusSubject) => string {
  const { t } = useTranslation();
  return (subject) => (subject === 'plan' ? t('plan.tab') : t(`variant.${subject}`));
}
