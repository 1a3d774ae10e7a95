import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { StatusSubject } from '../../domain/lifecycle/lifecycle';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { StatusBadge } from '../lifecycle/StatusBadge';
import { StatusHistory } from '../lifecycle/StatusHistory';
import { useProcessStatuses, useSubjectName } from '../lifecycle/useProcessStatuses';

interface Props {
  processId: string;
  processPath: string;
  existing: readonly VariantKind[];
}

/** The status of each variant and of the plan at a glance, each linked to its tab where it is changed, and the protocol of changes. */
export function ProcessStatuses({ processId, processPath, existing }: Props) {
  const { t } = useTranslation();
  const statuses = useProcessStatuses(processId);
  const name = useSubjectName();
  const subjects: StatusSubject[] = [...variantKinds.filter((kind) => existing.includes(kind)), 'plan'];
  return (
    <section className="passport-statuses" aria-labelledby="passport-statuses-title">
      <h3 id="passport-statuses-title">{t('lifecycle.overview')}</h3>
      {statuses && (
        <>
          <ul className="plain-list passport-statuses__list">
            {subjects.map((subject) => (
              <li key={subject}>
                <Link href={`${processPath}/${subject}`}>{name(subject)}</Link> <StatusBadge status={statuses.of(subject).status} />
              </li>
            ))}
          </ul>
          <h4>{t('lifecycle.history')}</h4>
          <StatusHistory changes={statuses.changes} subjects={subjects} />
        </>
      )}
    </section>
  );
}
