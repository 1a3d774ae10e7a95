import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import type { ProblemGroup } from './problemGroups';
import { lintText, ruleTitle } from './lintText';

interface Props {
  group: ProblemGroup;
  /** The issues of the group the filter lets through. */
  shown: LintIssue[];
  labelOf(issue: LintIssue): string;
  onReveal(issue: LintIssue): void;
  onMute(): void;
}

/** How many lines a group lists at first, and more at each «Показать ещё». */
const linesAtOnce = 100;

/**
 * One rule's problems: a heading with the count, unfolded when short, a line per element, and the switch to stop
 * checking it. A folded group lists nothing, and an unfolded one its first hundred lines, with a button for more:
 * a diagram of 20,000 nodes has groups of thousands, and listing them all took 0.2 s after every check.
 */
export function ProblemGroupView({ group, shown, labelOf, onReveal, onMute }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(shown.length <= 5);
  const [limit, setLimit] = useState(linesAtOnce);
  const listed = open ? shown.slice(0, limit) : [];
  // A reengineering rule says something different about each element; a modelling rule's heading says it all.
  const perIssueText = group.rule.startsWith('rw/') || group.issues.some((issue) => issue.key === 'ruleFailed');
  return (
    <details className={`problem-group problem-group--${group.category}`} open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-rule={group.rule}>
      <summary>
        <span className="problems__severity">{t(`lint.severity.${group.category}`)}</span>{' '}
        {t('lint.groupTitle', { title: ruleTitle(t, group.rule), count: shown.length })}
      </summary>
      <ul className="problems__list">
        {listed.map((issue, index) => (
          <li key={`${issue.elementId}-${index}`}>
            <button type="button" className="problems__item" onClick={() => onReveal(issue)}>
              <span className="problems__element">{labelOf(issue)}</span>
              {perIssueText && <span className="problems__text">{lintText(t, issue)}</span>}
            </button>
          </li>
        ))}
      </ul>
      {open && shown.length > listed.length && (
        <button type="button" className="link-button problem-group__more" onClick={() => setLimit(limit + linesAtOnce)}>
          {t('lint.showMore', { count: Math.min(linesAtOnce, shown.length - listed.length) })}
        </button>
      )}
      <button type="button" className="link-button problem-group__mute" onClick={onMute}>
        {t('lint.mute')}
      </button>
    </details>
  );
}
