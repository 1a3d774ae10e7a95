import { useTranslation } from 'react-i18next';
import { isIsoDate, type IsoDate } from '../../domain/plan/calendar/isoDate';
import { emptySignatory, type ActionPlan, type PlanApproval, type Signatory } from '../../domain/plan/plan';
import type { PlanEdit } from '../../domain/plan/planEdits';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  plan: ActionPlan;
  apply(edit: PlanEdit): void;
}

/**
 * The approval block of the form: «УТВЕРЖДАЮ» (the deputy head in charge of digitalisation; its
 * date is the approval date the publication deadline counts from), «СОГЛАСОВАНО» by each body that
 * agrees, the one responsible for the plan, and when it was placed on the architectural portal.
 */
export function ApprovalSection({ plan, apply }: Props) {
  const { t } = useTranslation();
  const { approval } = plan;
  // Every edit reads the plan as it is when applied: a field committed on blur and the next one changed at once both count.
  const setApproval = (change: (current: PlanApproval) => Partial<PlanApproval>) => apply((current) => ({ ...current, approval: { ...current.approval, ...change(current.approval) } }));
  const patchApproved = (patch: Partial<Signatory>) => setApproval((current) => ({ approvedBy: { ...current.approvedBy, ...patch } }));
  const patchAgreed = (index: number, patch: Partial<Signatory>) => setApproval((current) => ({ agreedBy: current.agreedBy.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));

  return (
    <section aria-labelledby="plan-approval-title" className="plan-section">
      <h3 id="plan-approval-title">{t('plan.approval.title')}</h3>
      <div className="approval-grid">
        <fieldset className="signatory">
          <legend>{t('plan.approval.approved')}</legend>
          <p className="muted">{t('plan.approval.approvedHint')}</p>
          <SignatoryFields value={approval.approvedBy} dateLabel={t('plan.approval.approvalDate')} context={t('plan.approval.approved')} onChange={patchApproved} dateByStatus />
        </fieldset>
        <fieldset className="signatory">
          <legend>{t('plan.approval.agreed')}</legend>
          <p className="muted">{t('plan.approval.agreedHint')}</p>
          {approval.agreedBy.length === 0 && <p className="muted">{t('plan.approval.noAgreed')}</p>}
          <ol className="plain-list agreed-list">
            {approval.agreedBy.map((signatory, index) => (
              <li key={index}>
                <SignatoryFields value={signatory} dateLabel={t('plan.approval.date')} context={t('plan.approval.agreedOf', { number: index + 1 })} onChange={(patch) => patchAgreed(index, patch)} />
                <button type="button" className="link-button danger" onClick={() => setApproval((current) => ({ agreedBy: current.agreedBy.filter((_, i) => i !== index) }))}>
                  {t('plan.approval.removeAgreed', { number: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setApproval((current) => ({ agreedBy: [...current.agreedBy, emptySignatory] }))}>
            {t('plan.approval.addAgreed')}
          </button>
        </fieldset>
      </div>
      <div className="approval-extra">
        <label>
          {t('plan.approval.responsible')}
          <CommitInput value={plan.responsible} onCommit={(responsible) => apply((current) => ({ ...current, responsible }))} />
        </label>
        <label>
          {t('plan.approval.publishedOn')}
          <DateField value={approval.publishedOn} readOnly aria-describedby="plan-dates-by-status" />
        </label>
      </div>
      <p className="muted" id="plan-dates-by-status">
        {t('lifecycle.approvalDateHint')}
      </p>
    </section>
  );
}

interface SignatoryProps {
  value: Signatory;
  dateLabel: string;
  /** Which signatory, for the labels of its fields when there are several. */
  context: string;
  onChange(patch: Partial<Signatory>): void;
  /** The approval date is the plan's status (lifecycle.ts): shown here, set through the status. */
  dateByStatus?: boolean;
}

function SignatoryFields({ value, dateLabel, context, onChange, dateByStatus }: SignatoryProps) {
  const { t } = useTranslation();
  const label = (field: string) => `${field} (${context})`;
  return (
    <div className="signatory__fields">
      <label>
        {t('plan.approval.position')}
        <CommitInput aria-label={label(t('plan.approval.position'))} value={value.position} onCommit={(position) => onChange({ position })} />
      </label>
      <label>
        {t('plan.approval.name')}
        <CommitInput aria-label={label(t('plan.approval.name'))} value={value.name} onCommit={(name) => onChange({ name })} />
      </label>
      <label>
        {dateLabel}
        {dateByStatus ? (
          <DateField aria-label={label(dateLabel)} value={value.date} readOnly aria-describedby="plan-dates-by-status" />
        ) : (
          <DateField aria-label={label(dateLabel)} value={value.date} onChange={(date) => onChange({ date })} />
        )}
      </label>
    </div>
  );
}

type DateFieldProps = { value: IsoDate | null; 'aria-label'?: string; 'aria-describedby'?: string } & ({ onChange(value: IsoDate | null): void; readOnly?: never } | { readOnly: true; onChange?: never });

/** A date or none; an unfinished date typed in the box is not recorded. A read-only one shows a date set elsewhere. */
function DateField({ value, onChange, ...rest }: DateFieldProps) {
  if (!onChange) return <input type="date" {...rest} value={value ?? ''} />;
  return <input type="date" {...rest} value={value ?? ''} onChange={(e) => (e.target.value === '' ? onChange(null) : isIsoDate(e.target.value) && onChange(e.target.value))} />;
}
