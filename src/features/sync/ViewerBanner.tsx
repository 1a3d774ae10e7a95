import { useTranslation } from 'react-i18next';

/** Why a page of a shared project does not take edits: this browser's user is one of its viewers. */
export function ViewerBanner() {
  const { t } = useTranslation();
  return (
    <p className="banner banner--info" role="status" data-testid="viewer-banner">
      {t('sync.viewerOnly')}
    </p>
  );
}
