import { useTranslation } from 'react-i18next';
import {
  answerKey,
  choiceOptions,
  chosenAnswer,
  isDerivedItem,
  proposalItems,
  type ChoiceItem,
  type ChosenProposals,
  type DerivedProposals,
  type Proposals,
} from '../../domain/compare/proposals';
import { derivedAnswerText } from '../../domain/compare/reportForms';
import { CommitInput } from '../ui/CommitInput';
import { useFormat } from '../ui/format';
import { reportFormat } from './formatFigures';

interface Props {
  proposals: Proposals;
  disabled: boolean;
  onChange(chosen: ChosenProposals): void;
}

const answerValue = { yes: true, no: false, remove: 'remove', keep: 'keep' } as const;

/**
 * The "Предложения" block of Appendix 1 (2015 Rules): the reductions follow from the figures; the
 * rest is the team's choice, since no diagram can say whether a service may go proactive.
 */
export function ProposalsBlock({ proposals, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { chosen } = proposals;
  const set = (patch: Partial<ChosenProposals>) => onChange({ ...chosen, ...patch });

  const choice = (item: ChoiceItem) => (
    <li key={item}>
      <label className="proposal">
        <span>{t(`compare.proposals.${item}`)}</span>
        <select
          value={chosenAnswer(chosen, item) ?? ''}
          disabled={disabled}
          onChange={(e) => {
            const picked = e.target.value as keyof typeof answerValue | '';
            set({ [item]: picked === '' ? null : answerValue[picked] } as Partial<ChosenProposals>);
          }}
        >
          <option value="">{t('compare.proposals.notChosen')}</option>
          {choiceOptions(item).map((option) => (
            <option key={option} value={option}>
              {t(`compare.proposals.${answerKey(item, option)}`)}
            </option>
          ))}
        </select>
      </label>
      {item === 'oneApplication' && chosen.oneApplication === true && (
        <label className="proposal proposal--detail">
          <span>{t('compare.proposals.oneApplicationService')}</span>
          <CommitInput
            aria-label={t('compare.proposals.oneApplicationService')}
            value={chosen.oneApplicationService}
            disabled={disabled}
            onCommit={(service) => set({ oneApplicationService: service.trim() })}
          />
        </label>
      )}
    </li>
  );

  const forms = reportFormat(format);
  const reduction = (item: keyof DerivedProposals) => (
    <li key={item} className="proposal proposal--derived" data-proposal={item}>
      <span>{t(`compare.proposals.${item}`)}</span>
      <strong>{derivedAnswerText(proposals, item, t, forms)}</strong>
    </li>
  );

  return (
    <div className="proposals" data-testid="proposals">
      <ul className="proposals__list">{proposalItems.map((item) => (isDerivedItem(item) ? reduction(item) : choice(item)))}</ul>
    </div>
  );
}
