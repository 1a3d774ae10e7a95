import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { variantKinds, type Process, type VariantKind } from '../../domain/variant';
import { StatusBadge } from '../lifecycle/StatusBadge';
import { useProcessStatuses } from '../lifecycle/useProcessStatuses';

/** What a process page shows: one of its variants, the client journey maps of its variants, their comparison, the action plan or the passport. */
export type ProcessView = VariantKind | 'journey' | 'compare' | 'plan' | 'passport';
type DerivedView = Exclude<ProcessView, VariantKind>;

/** The views that are not a variant: always there, never "still to be created". */
const derivedViews = new Set<ProcessView>(['journey', 'compare', 'plan', 'passport']);

interface Props {
  process: Process;
  current: ProcessView;
  /** The variants that exist; the others are shown as still to be created. */
  existing: readonly VariantKind[];
}

/** The tabs of a process: as-is, to-be, optimal, the client journey map, their comparison, the action plan and the passport; a variant's and the plan's status beside its name once it is past draft. */
export function ProcessTabs({ process, current, existing }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const statuses = useProcessStatuses(process.id);
  const views: ProcessView[] = [...variantKinds, 'journey', 'compare', 'plan', 'passport'];
  const target = (view: ProcessView) => (view === 'journey' ? `journey/${variantKinds.includes(current as VariantKind) ? current : 'asIs'}` : view);
  const derived = (view: ProcessView): view is DerivedView => derivedViews.has(view);
  const statusOf = (view: ProcessView) => {
    const subject = view === 'plan' ? 'plan' : variantKinds.includes(view as VariantKind) && existing.includes(view as VariantKind) ? (view as VariantKind) : null;
    const status = subject && statuses?.of(subject).status;
    return status && status !== 'draft' ? status : null;
  };
  return (
    <div role="tablist" aria-label={t('editor.variants')} className="variant-tabs">
      {views.map((view) => {
        const status = statusOf(view);
        return (
          <button
            key={view}
            role="tab"
            type="button"
            aria-selected={view === current}
            className={derived(view) || existing.includes(view) ? 'tab' : 'tab tab--missing'}
            title={derived(view) ? t(`${view}.tabHint`) : t(`variant.${view}Long`)}
            onClick={() => navigate(`/project/${process.projectId}/process/${process.id}/${target(view)}`)}
          >
            {derived(view) ? t(`${view}.tab`) : t(`variant.${view}`)}
            {status && <StatusBadge status={status} />}
          </button>
        );
      })}
    </div>
  );
}
