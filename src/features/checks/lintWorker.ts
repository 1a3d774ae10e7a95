import { wrap, type Remote } from 'comlink';
import type { LintApi } from '../../bpmn/lint/lintApi';
import type { LintContext, LintIssue } from '../../bpmn/lint/lintDefinitions';
import { latestOnly } from '../../domain/latestOnly';

let remote: Remote<LintApi> | null = null;

function worker(): Remote<LintApi> {
  remote ??= wrap<LintApi>(new Worker(new URL('../../bpmn/lint/lint.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}

/** A linter for one editor: its runs go to the shared lint worker one at a time, stale ones skipped (null). */
export function latestLinter(): (xml: string, context: LintContext) => Promise<LintIssue[] | null> {
  return latestOnly((xml: string, context: LintContext) => worker().lintXml(xml, context));
}

/**
 * Starts the lint worker, if not yet started. A module worker takes a while to start, and did not while the page's
 * thread drew a large diagram: started with an editor, before its diagram is read, it is up by the time it is drawn.
 */
export function startChecks(): void {
  worker();
}

/** Lets the lint worker parse `xml` while the editor draws it: its checks, asked for once it is drawn, then start at once. */
export function prepareChecks(xml: string): void {
  // Posted now, not in a later turn: the editor's import parses on this thread right after.
  worker()
    .prepare(xml)
    .catch(() => undefined);
}
