import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { checklistDone, checklistItemIds, type ChecklistItemId } from '../../domain/passport/checklist';
import type { StatusSubject } from '../../domain/lifecycle/lifecycle';
import type { Process } from '../../domain/variant';
import { StatusBadge } from '../lifecycle/StatusBadge';
import { useSubjectName } from '../lifecycle/useProcessStatuses';
import { checklistTarget, targetPath } from './checklistLinks';
import { useChecklists } from './useChecklists';
import { useChecklistText } from './useChecklistText';
import './passport.css';

/** Every process's checklist at a glance (page «Готовность процессов»): a row per process, a column per item, each cell a link to where it is fixed. */
export function ReadinessPage({ projectId, processes }: { projectId: string; processes: readonly Process[] }) {
  const { t } = useTranslation();
  const checklists = useChecklists(projectId);
  const text = useChecklistText();
  const subjectName = useSubjectName();
  const column = (id: ChecklistItemId) => t(`passport.checklist.items.${id}`);

  return (
    <div className="readiness-page">
      <h2>{t('passport.readiness.title')}</h2>
      <p className="muted">{t('passport.readiness.intro')}</p>
      {processes.length === 0 ? (
        <p className="empty-state">{t('passport.readiness.empty')}</p>
      ) : (
        <div className="readiness-wrap">
          <table className="readiness-table" data-testid="readiness-table">
            <caption className="visually-hidden">{t('passport.readiness.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('passport.readiness.process')}</th>
                {checklistItemIds.map((id) => (
                  <th scope="col" key={id} title={column(id)}>
                    <abbr title={column(id)}>{t(`passport.checklist.short.${id}`)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {processes.map((process) => {
                const items = checklists?.itemsOf(process.id) ?? null;
                const processPath = `/project/${projectId}/process/${process.id}`;
                const subjects: StatusSubject[] = [...(checklists?.variantsOf(process.id) ?? []), 'plan'];
                return (
                  <tr key={process.id} data-process={process.name}>
                    <th scope="row" className="readiness-process">
                      <Link href={`${processPath}/passport`}>{process.name}</Link>
                      <span className="readiness-done">{items ? t('passport.readiness.doneOf', { done: checklistDone(items), total: items.length }) : t('passport.checklist.computing')}</span>
                      <span className="readiness-statuses" aria-label={t('passport.readiness.statuses')} role="group">
                        {checklists &&
                          subjects.map((subject) => (
                            <span key={subject} className="readiness-status">
                              {subjectName(subject)}: <StatusBadge status={checklists.statusOf(process.id, subject).status} />
                            </span>
                          ))}
                      </span>
                    </th>
                    {items
                      ? items.map((item) => {
                          const state = t(item.done ? 'passport.checklist.done' : 'passport.checklist.notDone');
                          const missing = text.missing(item, items);
                          return (
                            <td key={item.id} className={item.done ? 'readiness-cell readiness-cell--done' : 'readiness-cell'} data-item={item.id} data-done={item.done}>
                              <Link href={targetPath(processPath, checklistTarget(item))} aria-label={t('passport.readiness.cell', { item: column(item.id), state })} title={missing || state}>
                                {item.done ? '✓' : '○'}
                              </Link>
                            </td>
                          );
                        })
                      : checklistItemIds.map((id) => (
                          <td key={id} className="muted">
                            …
                          </td>
                        ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
