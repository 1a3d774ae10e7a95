import { useTranslation } from 'react-i18next';
import type { LifecycleStatus } from '../../domain/lifecycle/lifecycle';
import './lifecycle.css';

export function StatusBadge({ status }: { status: LifecycleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      {t(`lifecycle.statuses.${status}`)}
    </span>
  );
}
