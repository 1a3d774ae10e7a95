import { useTranslation } from 'react-i18next';
import { itemId, type ActionPlan } from '../../domain/plan/plan';
import { addRow, dismissProposal, newRow, restoreDismissed, type PlanEdit } from '../../domain/plan/planEdits';
import { pendingProposals, sourceOf, type ProposedAction } from '../../domain/plan/proposals';
import { itemLabel, proposalAction, proposalResponsible, proposalResult } from './proposalText';
import type { ProposalsState } from './usePlanProposals';

interface Props {
  plan: ActionPlan;
  state: ProposalsState;
  apply(edit: PlanEdit): void;
}

/** The comparison's proposals not yet accepted or dismissed, each with what it came from. */
export function ProposalsSection({ plan, state, apply }: Props) {
  const { t } = useTranslation();
  const dismissedCount = plan.dismissed.length;

  const body = () => {
    if (state.status === 'loading') return <p className="muted">{t('plan.proposals.loading')}</p>;
    if (state.status === 'noTarget') return <p className="banner banner--info">{t('plan.proposals.noTarget')}</p>;
    if (state.status === 'failed') return <p className="banner banner--error">{t('plan.proposals.failed', { reason: state.reason })}</p>;
    const pending = pendingProposals(state.proposals, plan);
    if (pending.length === 0) return <p className="muted">{t('plan.proposals.none')}</p>;
    return (
      <ul className="plan-proposals" data-testid="plan-proposals">
        {pending.map((proposal) => (
          <ProposalItem key={proposal.key} proposal={proposal} apply={apply} />
        ))}
      </ul>
    );
  };

  const count = state.status === 'ready' ? pendingProposals(state.proposals, plan).length : 0;
  return (
    <details className="plan-section plan-proposals-section" open>
      <summary>
        <h3 id="plan-proposals-title">
          {t('plan.proposals.title')}
          {count > 0 && ` (${count})`}
        </h3>
      </summary>
      <p className="muted">{t('plan.proposals.hint')}</p>
      {body()}
      {dismissedCount > 0 && (
        <p className="muted">
          {t('plan.proposals.dismissed', { count: dismissedCount })}{' '}
          <button type="button" className="link-button" onClick={() => apply(restoreDismissed)}>
            {t('plan.proposals.restoreDismissed')}
          </button>
        </p>
      )}
    </details>
  );
}

function ProposalItem({ proposal, apply }: { proposal: ProposedAction; apply(edit: PlanEdit): void }) {
  const { t } = useTranslation();
  const action = proposalAction(proposal, t);
  const accept = () => {
    const row = newRow(crypto.randomUUID(), proposal.section, {
      action,
      expectedResult: proposalResult(proposal, t),
      completionForm: proposal.completionForm,
      responsibleUnit: proposalResponsible(proposal),
      source: sourceOf(proposal),
    });
    apply(addRow(row));
  };
  return (
    <li className="plan-proposal" data-proposal={proposal.key}>
      <div className="plan-proposal__text">
        <span className="plan-proposal__section">{t(`plan.section.${proposal.section}`)}</span>
        <strong>{action}</strong>
        <span className="muted">
          {t('plan.proposals.from')}: {proposal.items.map((item) => itemLabel(item, t)).join('; ')}
        </span>
      </div>
      <div className="plan-proposal__actions">
        <button type="button" className="primary" aria-label={t('plan.proposals.acceptOf', { action })} onClick={accept}>
          {t('plan.proposals.accept')}
        </button>
        <button type="button" aria-label={t('plan.proposals.dismissOf', { action })} onClick={() => apply(dismissProposal(proposal.key, proposal.items.map(itemId)))}>
          {t('plan.proposals.dismiss')}
        </button>
      </div>
    </li>
  );
}
