import { useTranslation } from 'react-i18next';
import { useDiffViewer } from '../../compare/diff/useDiffViewer';
import './versionViewer.css';

/** A version of a variant drawn read-only: navigation only, nothing can be changed here. */
export function VersionViewer({ xml, label }: { xml: string; label: string }) {
  const { t } = useTranslation();
  const { attach, problem } = useDiffViewer(xml, null);
  return (
    <section className="version-viewer" aria-label={label}>
      {problem && <p className="banner banner--error">{t('diff.viewerFailed', { reason: problem })}</p>}
      <div className="version-viewer__canvas" ref={attach} data-testid="version-canvas" />
    </section>
  );
}
