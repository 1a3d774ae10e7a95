import { useTranslation } from 'react-i18next';
import { groupWarnings, warningCount, type BpmnWarning } from '../../domain/bpmnWarnings';
import { warningLines } from '../import/warningLines';

/** The warnings about the shown diagram as one list with one count, grouped by kind; the user may hide them. */
export function WarningsBanner({ warnings, onDismiss }: { warnings: BpmnWarning[]; onDismiss(): void }) {
  const { t } = useTranslation();
  const groups = groupWarnings(warnings);
  if (groups.length === 0) return null;
  return (
    <div className="banner banner--info warnings-banner" data-testid="import-warnings">
      <details>
        <summary>{t('editor.importWarnings', { count: warningCount(groups) })}</summary>
        <ul>
          {warningLines(groups, t).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.warningsDismiss')}
        title={t('editor.warningsDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
