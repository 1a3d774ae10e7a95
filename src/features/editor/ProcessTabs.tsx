import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { variantKinds, type Process, type VariantKind } from '../../domain/variant';

/** What a process page shows: one of its variants, the client journey maps of its variants, or the comparison of them. */
export type ProcessView = VariantKind | 'journey' | 'compare';

interface Props {
  process: Process;
  current: ProcessView;
  /** The variants that exist; the others are shown as still to be created. */
  existing: readonly VariantKind[];
}

/** The tabs of a process: as-is, to-be, optimal, the client journey map, and the comparison. */
export function ProcessTabs({ process, current, existing }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const views: ProcessView[] = [...variantKinds, 'journey', 'compare'];
  const target = (view: ProcessView) => (view === 'journey' ? `journey/${variantKinds.includes(current as VariantKind) ? current : 'asIs'}` : view);
  const title = (view: ProcessView) => (view === 'compare' ? t('compare.tabHint') : view === 'journey' ? t('journey.tabHint') : t(`variant.${view}Long`));
  return (
    <div role="tablist" aria-label={t('editor.variants')} className="variant-tabs">
      {views.map((view) => (
        <button
          key={view}
          role="tab"
          type="button"
          aria-selected={view === current}
          className={view === 'compare' || view === 'journey' || existing.includes(view) ? 'tab' : 'tab tab--missing'}
          title={title(view)}
          onClick={() => navigate(`/project/${process.projectId}/process/${process.id}/${target(view)}`)}
        >
          {view === 'compare' ? t('compare.tab') : view === 'journey' ? t('journey.tab') : t(`variant.${view}`)}
        </button>
      ))}
    </div>
  );
}
