import { useTranslation } from 'react-i18next';
import { useWorkspace } from './workspaceStore';

/** One setting for every pair of diagrams shown side by side: the editor's «Рядом» and the comparison's diff. */
export function SyncViewsToggle() {
  const { t } = useTranslation();
  const syncViews = useWorkspace((s) => s.syncViews);
  const setSyncViews = useWorkspace((s) => s.setSyncViews);
  return (
    <label className="inline-control">
      <input type="checkbox" checked={syncViews} onChange={(e) => setSyncViews(e.target.checked)} />
      {t('editor.syncViews')}
    </label>
  );
}
