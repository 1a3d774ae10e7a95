import { newModdle } from '../../domain/bpmnFile';
import { lintDefinitions, type LintContext, type LintIssue } from './lintDefinitions';
import { sameIssues } from './sameIssues';

/** Said instead of the problems when a run finds exactly what the same editor's last run found. */
export const unchanged = 'unchanged';

/** The last problems found per editor, so an unchanged result is not sent back: a few editors are open at once. */
const lastFound = new Map<string, LintIssue[]>();
const editorsRemembered = 8;

function remember(editor: string, issues: LintIssue[]): void {
  lastFound.delete(editor);
  lastFound.set(editor, issues);
  if (lastFound.size > editorsRemembered) lastFound.delete(lastFound.keys().next().value!);
}

/** The checks of a variant from its XML, as the lint worker runs them (src/features/checks/lint.worker.ts); plain data in and out. */
export const lintApi = {
  /**
   * With `editor` (a key of the editor asking), a run that finds what that editor's last run found answers
   * `unchanged`: most saves change no problem, and thousands of them cost the page's thread to receive.
   */
  async lintXml(xml: string, context: LintContext, editor?: string): Promise<LintIssue[] | typeof unchanged> {
    const { rootElement } = await newModdle().fromXML(xml);
    const issues = await lintDefinitions(rootElement, context);
    if (editor === undefined) return issues;
    const last = lastFound.get(editor);
    remember(editor, issues);
    return last && sameIssues(last, issues) ? unchanged : issues;
  },
};

export type LintApi = typeof lintApi;
