import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Project } from '../../domain/project';
import { useFormat } from '../ui/format';

interface Props {
  project: Project;
  /** The user only views this shared project: its fields are not offered for editing (the server would drop the edit). */
  viewerOnly: boolean;
  onEdit(): void;
  onDuplicate(): void;
  onTrash(): void;
}

export function ProjectRow({ project, viewerOnly, onEdit, onDuplicate, onTrash }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr data-testid="project-row">
      <td>
        <Link href={`/project/${project.id}`} className="project-name">
          {project.name}
        </Link>
        {project.owner && <div className="muted">{project.owner}</div>}
      </td>
      <td>
        {project.serviceName}
        {project.serviceCode && <span className="muted"> ({project.serviceCode})</span>}
      </td>
      <td>
        <span className={`status status--${project.status}`}>{t(`status.${project.status}`)}</span>
      </td>
      <td>{format.dateTime(project.updatedAt)}</td>
      <td className="row-actions" aria-label={t('projects.actionsFor', { name: project.name })}>
        {!viewerOnly && (
          <button type="button" onClick={onEdit}>
            {t('projects.edit')}
          </button>
        )}
        <button type="button" onClick={onDuplicate}>
          {t('projects.duplicate')}
        </button>
        <button type="button" className="danger" onClick={onTrash}>
          {t('projects.toTrash')}
        </button>
      </td>
    </tr>
  );
}
