import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../storage/variantSaver';

/** What every save goes through; the other statuses are rare and may take the room they need. */
const everySave: readonly SaveStatus[] = ['saved', 'pending', 'saving'];

/**
 * The editor's save status. The texts every save shows are laid out once, in one cell, and only the current
 * one is visible: a save then changes what is painted, not the layout. On a large diagram a layout of the
 * page makes the browser hit-test the whole drawing under the pointer (10–15 ms at 3,000 nodes), and the
 * status changes at every save. It also keeps the toolbar from shifting as the status changes.
 */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const texts = everySave.includes(status) ? everySave : [status];
  return (
    <span className={`save-status save-status--stacked save-status--${status}`} role="status">
      {texts.map((s) => (
        <span key={s} className="save-status__text" aria-hidden={s !== status} data-testid={s === status ? 'save-status' : undefined}>
          {t(`editor.status.${s}`)}
        </span>
      ))}
    </span>
  );
}
