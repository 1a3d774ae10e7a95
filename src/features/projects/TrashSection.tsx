import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { deleteForever, listTrash, restoreFromTrash } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { ConfirmDialog } from '../ui/Dialog';

export function TrashSection() {
  const { t, i18n } = useTranslation();
  const trash = useLiveQuery(() => listTrash(workspaceDb), []);
  const [deleting, setDeleting] = useState<Project | null>(null);
  if (!trash || trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>{t('trash.count', { count: trash.length })}</summary>
      <ul>
        {trash.map((project) => (
          <li key={project.id} data-testid="trash-row">
            <span className="project-name">{project.name}</span>
            <span className="muted">
              {t('trash.deletedAt')}: {new Date(project.deletedAt ?? 0).toLocaleString(i18n.language)}
            </span>
            <button type="button" onClick={() => void restoreFromTrash(workspaceDb, project.id)}>
              {t('trash.restore')}
            </button>
            <button type="button" className="danger" onClick={() => setDeleting(project)}>
              {t('trash.deleteForever')}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('trash.confirmDeleteTitle')}
        message={t('trash.confirmDelete', { name: deleting?.name ?? '' })}
        confirmLabel={t('trash.deleteForever')}
        danger
        onConfirm={() => {
          if (deleting) void deleteForever(workspaceDb, deleting.id);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </details>
  );
}
