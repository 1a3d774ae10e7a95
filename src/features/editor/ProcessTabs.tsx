import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { variantKinds, type Process, type VariantKind } from '../../domain/variant';

/** What a process page shows: one of its variants, or the comparison of them. */
export type ProcessView = VariantKind | 'compare';

interface Props {
  process: Process;
  current: ProcessView;
  /** The variants that exist; the others are shown as still to be created. */
  existing: readonly VariantKind[];
}

/** The tabs of a process: as-is, to-be, optimal, and their comparison. */
export function ProcessTabs({ process, current, existing }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const views: ProcessView[] = [...variantKinds, 'compare'];
  return (
    <div role="tablist" aria-label={t('editor.variants')} className="variant-tabs">
      {views.map((view) => (
        <button
          key={view}
          role="tab"
          type="button"
          aria-selected={view === current}
          className={view === 'compare' || existing.includes(view) ? 'tab' : 'tab tab--missing'}
          title={view === 'compare' ? t('compare.tabHint') : t(`variant.${view}Long`)}
          onClick={() => navigate(`/project/${process.projectId}/process/${process.id}/${view}`)}
        >
          {view === 'compare' ? t('compare.tab') : t(`variant.${view}`)}
        </button>
      ))}
    </div>
  );
}
