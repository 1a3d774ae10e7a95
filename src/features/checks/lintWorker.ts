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
