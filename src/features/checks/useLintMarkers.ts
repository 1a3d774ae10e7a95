import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { LintMarkers } from '../../bpmn/lint';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import { cachedLintText } from './lintText';
import { shownProblems } from './problemGroups';
import { useMutedRules } from './useMutedRules';

/**
 * Marks the checks' problems on the canvas. It lives with the canvas, not with the list under it: an editor kept
 * open behind another variant's tab keeps its marks while its list is gone, and showing it again redraws none.
 */
export function useLintMarkers(editor: BpmnEditor | null, issues: LintIssue[] | null, projectId: string): void {
  const { t } = useTranslation();
  const { muted } = useMutedRules(projectId);
  // Thousands of problems of a large diagram are mostly the same few sentences: translated once per language, not per run.
  const textOf = useMemo(() => cachedLintText(t), [t]);
  useEffect(() => {
    if (!editor || !issues) return;
    const markers = editor.get<LintMarkers>('lintMarkers');
    markers.show(shownProblems(issues, muted).map((issue) => ({ elementId: issue.elementId, category: issue.category, text: textOf(issue) })));
  }, [editor, issues, muted, textOf]);
}
