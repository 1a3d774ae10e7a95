import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../storage/variantSaver';
import { PaintedText } from './paintedText/PaintedText';
import { useShownSaveStatus } from './session/saveState';
import type { VariantSession } from './session/useVariantSession';

/** What every save goes through; the other statuses are rare and may take the room they need. */
const everySave: readonly SaveStatus[] = ['saved', 'pending', 'saving'];

/**
 * The editor's save status. The texts every save shows are painted (`PaintedText`): the status changes at every
 * save, and a change of the page's own content costs a frame that re-layers and hit-tests the whole drawing. The
 * rare ones (a failed save, a conflict) are ordinary text. The toolbar keeps the width of the widest everyday text,
 * so it does not shift as the status changes.
 */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const texts = useMemo(() => everySave.map((s) => t(`editor.status.${s}`, { lng: language })), [t, language]);
  if (!everySave.includes(status)) {
    return (
      <span className={`save-status save-status--${status}`} role="status">
        <span data-testid="save-status">{t(`editor.status.${status}`)}</span>
      </span>
    );
  }
  return (
    <span className="save-status save-status--painted" role="status">
      <PaintedText text={t(`editor.status.${status}`)} color={status === 'saved' ? '--save-status-saved' : '--save-status-pending'} texts={texts} testId="save-status" />
    </span>
  );
}

/** An editor session's save status: re-rendered by itself at each save, the editor around it is not. */
export function SessionSaveStatus({ session }: { session: Pick<VariantSession, 'saves' | 'conflict' | 'drafted'> }) {
  return <SaveStatusText status={useShownSaveStatus(session)} />;
}
