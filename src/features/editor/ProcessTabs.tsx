import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { variantKinds, type Process, type VariantKind } from '../../domain/variant';

/** What a process page shows: one of its variants, the client journey maps of its variants, their comparison, or the action plan. */
export type ProcessView = VariantKind | 'journey' | 'compare' | 'plan';

/** The views that are not a variant: always there, never "still to be created". */
const derivedViews = new Set<ProcessView>(['journey', 'compare', 'plan']);

interface Props {
  process: Process;
  current: ProcessView;
  /** The variants that exist; the others are shown as still to be created. */
  existing: readonly VariantKind[];
}

/** The tabs of a process: as-is, to-be, optimal, the client journey map, their comparison and the action plan. */
export function ProcessTabs({ process, current, existing }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const views: ProcessView[] = [...variantKinds, 'journey', 'compare', 'plan'];
  const target = (view: ProcessView) => (view === 'journey' ? `journey/${variantKinds.includes(current as VariantKind) ? current : 'asIs'}` : view);
  const derived = (view: ProcessView): view is 'journey' | 'compare' | 'plan' => derivedViews.has(view);
  return (
    <div role="tablist" aria-label={t('editor.variants')} className="variant-tabs">
      {views.map((view) => (
        <button
          key={view}
          role="tab"
          type="button"
          aria-selected={view === current}
          className={derivedViews.has(view) || existing.includes(view as VariantKind) ? 'tab' : 'tab tab--missing'}
          title={derived(view) ? t(`${view}.tabHint`) : t(`variant.${view}Long`)}
          onClick={() => navigate(`/project/${process.projectId}/process/${process.id}/${target(view)}`)}
        >
          {derived(view) ? t(`${view}.tab`) : t(`variant.${view}`)}
        </button>
      ))}
    </div>
  );
}
