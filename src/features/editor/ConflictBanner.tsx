import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getVariant } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import type { DiffSide } from '../compare/diff/VariantDiffView';
import { showError } from '../ui/toastStore';
import { CompareDialog } from './history/CompareDialog';
import type { VariantSession } from './session/useVariantSession';

interface Props {
  session: Pick<VariantSession, 'conflict' | 'openOtherVersion' | 'keepMine'>;
  projectId: string;
  variantId: string;
}

/** The variant was written elsewhere under this tab's edits: this tab's content is kept; the user picks what is current. */
export function ConflictBanner({ session, projectId, variantId }: Props) {
  const { t } = useTranslation();
  const [sides, setSides] = useState<{ old: DiffSide; new: DiffSide } | null>(null);
  const { conflict } = session;
  if (!conflict) return null;
  const compare = async () => {
    const theirs = (await getVariant(workspaceDb, variantId))?.xml ?? '';
    setSides({ old: { xml: theirs, title: t('conflict.theirs') }, new: { xml: conflict.mineXml, title: t('conflict.mine') } });
  };
  const keepMine = () => void session.keepMine().catch((error: unknown) => showError(t('history.failed', { reason: error instanceof Error ? error.message : String(error) })));
  return (
    <div className="banner banner--warning conflict-banner" role="alert" data-testid="conflict-banner">
      <p>{t('conflict.message')}</p>
      <p className="conflict-banner__actions">
        <button type="button" onClick={session.openOtherVersion}>
          {t('conflict.openOther')}
        </button>
        <button type="button" onClick={() => void compare()}>
          {t('conflict.compare')}
        </button>
        <button type="button" className="primary" onClick={keepMine}>
          {t('conflict.keepMine')}
        </button>
      </p>
      <CompareDialog projectId={projectId} title={t('conflict.compareTitle')} sides={sides} onClose={() => setSides(null)} />
    </div>
  );
}
