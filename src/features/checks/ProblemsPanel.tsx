import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import type { LintMarkers } from '../../bpmn/lint';
import { useWorkspace } from '../editor/workspaceStore';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { lintText } from './lintText';

interface Props {
  editor: BpmnEditor | null;
  issues: LintIssue[] | null;
}

interface ElementLike {
  id: string;
  businessObject?: { name?: string };
}

interface Services {
  elementRegistry: { get(id: string): ElementLike | undefined };
  selection: { select(element: ElementLike): void };
  canvas: { scrollToElement(element: ElementLike): void };
}

const severityOrder = { error: 0, warn: 1 } as const;

/**
 * The checks of the open variant below the canvas: a count that is always visible and, unfolded,
 * one line per problem; choosing a line selects the element and scrolls it into view. The same
 * problems are marked on the canvas. A failure in it leaves the canvas working.
 */
export function ProblemsPanel(props: Props) {
  return (
    <ErrorBoundary>
      <ProblemsList {...props} />
    </ErrorBoundary>
  );
}

function ProblemsList({ editor, issues }: Props) {
  const { t } = useTranslation();
  const open = useWorkspace((s) => s.problemsOpen);
  const setOpen = useWorkspace((s) => s.setProblemsOpen);
  const sorted = [...(issues ?? [])].sort((a, b) => severityOrder[a.category] - severityOrder[b.category]);

  useEffect(() => {
    if (!editor || !issues) return;
    const markers = editor.get<LintMarkers>('lintMarkers');
    markers.show(issues.map((issue) => ({ elementId: issue.elementId, category: issue.category, text: lintText(t, issue) })));
  }, [editor, issues, t]);

  const service = <K extends keyof Services>(name: K) => editor?.get<Services[K]>(name);
  const elementOf = (id: string) => service('elementRegistry')?.get(id);
  const reveal = (id: string) => {
    const element = elementOf(id);
    if (!element) return;
    service('canvas')?.scrollToElement(element);
    service('selection')?.select(element);
  };
  const errors = sorted.filter((issue) => issue.category === 'error').length;

  return (
    <section className="problems" aria-label={t('lint.title')}>
      <button type="button" className="problems__toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="problems-toggle">
        {issues === null ? t('lint.running') : sorted.length === 0 ? t('lint.summaryNone') : t('lint.summary', { count: sorted.length, errors })}
      </button>
      {open && issues !== null && (
        sorted.length === 0 ? (
          <p className="problems__empty">{t('lint.none')}</p>
        ) : (
          <ul className="problems__list">
            {sorted.map((issue, index) => {
              const name = elementOf(issue.elementId)?.businessObject?.name?.trim();
              return (
                <li key={`${issue.rule}-${issue.elementId}-${index}`}>
                  <button type="button" className={`problems__item problems__item--${issue.category}`} onClick={() => reveal(issue.elementId)}>
                    <span className="problems__severity">{t(`lint.severity.${issue.category}`)}</span>
                    <span className="problems__element">{name || issue.elementId}</span>
                    <span className="problems__text">{lintText(t, issue)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )
      )}
    </section>
  );
}
