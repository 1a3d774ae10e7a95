import { useTranslation } from 'react-i18next';
import type { Process } from '../../domain/variant';
import { deleteProcessForever, restoreProcess } from '../../storage/processRepository';
import { workspaceDb } from '../../storage/workspace';
import { TrashList } from '../ui/TrashList';

/** The project's processes in the trash, below the process list. */
export function ProcessTrash({ trash }: { trash: readonly Process[] }) {
  const { t } = useTranslation();
  return (
    <TrashList
      items={trash}
      summary={(count) => t('processTrash.count', { count })}
      confirmTitle={t('processTrash.confirmDeleteTitle')}
      confirmMessage={(process) => t('processTrash.confirmDelete', { name: process.name })}
      onRestore={(process) => void restoreProcess(workspaceDb, process.id)}
      onDeleteForever={(process) => void deleteProcessForever(workspaceDb, process.id)}
      compact
    />
  );
}
