import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessAssessment } from '../../domain/compare/assessment';
import type { Process } from '../../domain/variant';
import { getAssessment, updateAssessment } from '../../storage/assessmentRepository';
import { DamagedRecordError } from '../../storage/records/validRecords';
import { workspaceDb } from '../../storage/workspace';
import { showError } from '../ui/toastStore';

type Change = (current: ProcessAssessment) => Omit<ProcessAssessment, 'updatedAt'>;

export interface AssessmentState {
  assessment: ProcessAssessment | undefined;
  /** Writes still on their way to the database: the page says "saving" until they land. */
  saving: boolean;
  /** Applies `change` to the stored assessment as it is then, so quick edits never undo each other. */
  update(change: Change): void;
}

/** The team's answers for a process's comparison, live across tabs, and a way to change them. */
export function useAssessment(process: Process): AssessmentState {
  const { t } = useTranslation();
  const assessment = useLiveQuery(() => getAssessment(workspaceDb, process.projectId, process.id), [process.projectId, process.id]);
  const [pending, setPending] = useState(0);
  return {
    assessment,
    saving: pending > 0,
    update(change) {
      setPending((n) => n + 1);
      updateAssessment(workspaceDb, process.projectId, process.id, change)
        .catch((error: unknown) =>
          showError(error instanceof DamagedRecordError ? t('compare.damagedAssessment') : t('compare.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
        )
        .finally(() => setPending((n) => n - 1));
    },
  };
}
