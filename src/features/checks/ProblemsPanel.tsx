import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { importEveryPlane, planesImportedEvent } from '../../bpmn/planes';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import { useWorkspace } from '../editor/workspaceStore';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { problemElementLabel, type NamedElement } from './elementLabel';
import { cachedLintText, ruleTitle } from './lintText';
import { ProblemGroupView } from './ProblemGroupView';
import { groupProblems } from './problemGroups';
import { useMutedRules } from './useMutedRules';
import './problems.css';

interface Props {
  editor: BpmnEditor | null;
  issues: LintIssue[] | null;
  projectId: string;
}

interface ElementLike {
  id: string;
  businessObject?: NamedElement;
}

interface Services {
  elementRegistry: { get(id: string): ElementLike | undefined };
  selection: { select(element: ElementLike): void };
  canvas: { scrollToElement(element: ElementLike): void };
}

type Severity = 'all' | 'error' | 'warn';

/**
 * The checks of the open variant below the canvas: a count that is always visible and, unfolded,
 * the problems grouped by rule and severity, with a filter; choosing a line selects the element and
 * scrolls it into view. A rule can be switched off for the project. The same problems are marked on
 * the canvas (`useLintMarkers`). A failure in it leaves the canvas working. Memoised: the editor redraws with every save
 * status, and grouping thousands of problems again for that is wasted work.
 */
export const ProblemsPanel = memo(function ProblemsPanel(props: Props) {
  return (
    <ErrorBoundary>
      <ProblemsList {...props} />
    </ErrorBoundary>
  );
});

/**
 * Redraws the list when an element it names changes. A line names its element as the editor has it when the list is
 * drawn, and a check run that finds the same problems keeps the list: a step renamed after a save of it unnamed was
 * listed under its old name. Layout effects: they run as the list is drawn, so no change falls in between.
 */
function useNamedElementsFollowed(editor: BpmnEditor | null, issues: LintIssue[] | null): void {
  const [, redraw] = useState(0);
  const named = useRef(new Set<string>());
  useLayoutEffect(() => {
    named.current = new Set((issues ?? []).map((issue) => issue.elementId));
  }, [issues]);
  useLayoutEffect(() => {
    if (!editor) return;
    const onChanged = ({ elements }: { elements: ElementLike[] }) => {
      if (elements.some((element) => named.current.has(element.id))) redraw((n) => n + 1);
    };
    // The elements of collapsed sub-processes come to the canvas after the import (DeferredPlanes).
    const events = ['elements.changed', planesImportedEvent];
    editor.on(events, onChanged);
    return () => editor.off(events, onChanged);
  }, [editor]);
}

function ProblemsList({ editor, issues, projectId }: Props) {
  const { t } = useTranslation();
  useNamedElementsFollowed(editor, issues);
  const open = useWorkspace((s) => s.problemsOpen);
  const setOpen = useWorkspace((s) => s.setProblemsOpen);
  const { muted, setMuted } = useMutedRules(projectId);
  const [severity, setSeverity] = useState<Severity>('all');
  const [query, setQuery] = useState('');
  const { hints, groups, muted: mutedGroups } = groupProblems(issues ?? [], muted);
  const lintText = useMemo(() => cachedLintText(t), [t]);

  const service = <K extends keyof Services>(name: K) => editor?.get<Services[K]>(name);
  const elementOf = (id: string) => (id ? service('elementRegistry')?.get(id) : undefined);
  const labelOf = (issue: LintIssue) => problemElementLabel(t, elementOf(issue.elementId)?.businessObject);
  const reveal = (issue: LintIssue) => {
    if (editor) importEveryPlane(editor);
    const element = elementOf(issue.elementId);
    if (!element) return;
    service('canvas')?.scrollToElement(element);
    service('selection')?.select(element);
  };
  const count = groups.reduce((n, g) => n + g.issues.length, 0);
  const errors = groups.filter((g) => g.category === 'error').reduce((n, g) => n + g.issues.length, 0);
  const needle = query.trim().toLocaleLowerCase();
  const matches = (issue: LintIssue) => !needle || `${labelOf(issue)} ${lintText(issue)}`.toLocaleLowerCase().includes(needle);
  const visible = groups
    .filter((g) => severity === 'all' || g.category === severity)
    .map((group) => ({ group, shown: group.issues.filter(matches) }))
    .filter(({ shown }) => shown.length > 0);

  const summary = issues === null ? t('lint.running') : count > 0 ? t('lint.summary', { count, errors }) : hints.length > 0 ? t('lint.summaryHint') : t('lint.summaryNone');
  return (
    <section className="problems" aria-label={t('lint.title')}>
      <button type="button" className="problems__toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="problems-toggle">
        {summary}
      </button>
      {open && issues !== null && (
        <div className="problems__body">
          {hints.map((hint) => (
            <p key={hint.key} className="problems__hint">
              {lintText(hint)}
            </p>
          ))}
          {count === 0 && hints.length === 0 && <p className="problems__empty">{t('lint.none')}</p>}
          {count > 0 && (
            <div className="problems__filter">
              <label className="inline-control">
                {t('lint.show')}
                <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
                  <option value="all">{t('lint.showAll')}</option>
                  <option value="error">{t('lint.showError')}</option>
                  <option value="warn">{t('lint.showWarn')}</option>
                </select>
              </label>
              <input type="search" aria-label={t('lint.search')} placeholder={t('lint.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
            </div>
          )}
          {count > 0 && visible.length === 0 && <p className="problems__empty">{t('lint.noMatch')}</p>}
          {visible.map(({ group, shown }) => (
            <ProblemGroupView
              key={`${group.category}-${group.rule}`}
              group={group}
              shown={shown}
              labelOf={labelOf}
              onReveal={reveal}
              onMute={() => void setMuted(group.rule, true)}
            />
          ))}
          {mutedGroups.length > 0 && (
            <div className="problems__muted">
              <span>{t('lint.muted')}</span>
              <ul className="plain-list">
                {mutedGroups.map(({ rule, count: hidden }) => (
                  <li key={rule}>
                    {t('lint.mutedRule', { title: ruleTitle(t, rule), count: hidden })}{' '}
                    <button type="button" className="link-button" onClick={() => void setMuted(rule, false)}>
                      {t('lint.unmute')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
