import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trashable } from '../../domain/trash';
import { ConfirmDialog } from './Dialog';
import { useFormat } from './format';

export interface TrashItem extends Trashable {
  id: string;
  name: string;
}

interface Props<T extends TrashItem> {
  items: readonly T[] | undefined;
  /** The collapsed section's title with the count, such as «Корзина (2 процесса)». */
  summary(count: number): string;
  confirmTitle: string;
  /** Names the item and says that deleting it forever cannot be undone. */
  confirmMessage(item: T): string;
  onRestore(item: T): void;
  onDeleteForever(item: T): void;
  /** For a narrow sidebar: one item under the other, actions as links. */
  compact?: boolean;
}

/**
 * A trash (of projects, of a project's processes): collapsed while nobody needs it and absent while
 * empty; each item can be restored, or deleted forever after a confirmation naming it.
 */
export function TrashList<T extends TrashItem>({ items, summary, confirmTitle, confirmMessage, onRestore, onDeleteForever, compact = false }: Props<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [deleting, setDeleting] = useState<T | null>(null);
  if (!items || items.length === 0) return null;
  const button = compact ? 'link-button' : '';
  return (
    <details className={compact ? 'trash trash--compact' : 'trash'}>
      <summary>{summary(items.length)}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="trash-row">
            <span className="trash__name">{item.name}</span>
            <span className="muted">
              {t('trash.deletedAt')}: {format.dateTime(item.deletedAt ?? 0)}
            </span>
            <span className="trash__actions">
              <button type="button" className={button || undefined} onClick={() => onRestore(item)}>
                {t('trash.restore')}
              </button>
              <button type="button" className={`${button} danger`.trim()} onClick={() => setDeleting(item)}>
                {t('trash.deleteForever')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={confirmTitle}
        message={deleting ? confirmMessage(deleting) : ''}
        confirmLabel={t('trash.deleteForever')}
        danger
        onConfirm={() => {
          if (deleting) onDeleteForever(deleting);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </details>
  );
}
