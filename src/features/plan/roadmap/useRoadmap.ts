import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../../domain/plan/roadmap';
import { getRoadmap, updateRoadmap } from '../../../storage/planRepository';
import { DamagedRecordError } from '../../../storage/records/validRecords';
import { workspaceDb } from '../../../storage/workspace';
import { showError } from '../../ui/toastStore';

export interface RoadmapState {
  roadmap: Roadmap | undefined;
  saving: boolean;
  update(change: (current: Roadmap) => Roadmap): void;
}

/** The project's roadmap, live across tabs; each change is applied to the stored roadmap as it then is. */
export function useRoadmap(projectId: string): RoadmapState {
  const { t } = useTranslation();
  const roadmap = useLiveQuery(() => getRoadmap(workspaceDb, projectId), [projectId]);
  const [pending, setPending] = useState(0);
  return {
    roadmap,
    saving: pending > 0,
    update(change) {
      setPending((n) => n + 1);
      updateRoadmap(workspaceDb, projectId, change)
        .catch((error: unknown) => showError(error instanceof DamagedRecordError ? t('roadmap.damaged') : t('roadmap.saveFailed', { reason: error instanceof Error ? error.message : String(error) })))
        .finally(() => setPending((n) => n - 1));
    },
  };
}
