import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deleteForever, listTrash, restoreFromTrash } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { TrashList } from '../ui/TrashList';

export function TrashSection() {
  const { t } = useTranslation();
  const trash = useLiveQuery(() => listTrash(workspaceDb), []);
  return (
    <TrashList
      items={trash}
      summary={(count) => t('trash.count', { count })}
      confirmTitle={t('trash.confirmDeleteTitle')}
      confirmMessage={(project) => t('trash.confirmDelete', { name: project.name })}
      onRestore={(project) => void restoreFromTrash(workspaceDb, project.id)}
      onDeleteForever={(project) => void deleteForever(workspaceDb, project.id)}
    />
  );
}
