import { wrap, type Remote } from 'comlink';
import { unchanged, type LintApi } from '../../bpmn/lint/lintApi';
import type { LintContext, LintIssue } from '../../bpmn/lint/lintDefinitions';
import { latestOnly } from '../../domain/latestOnly';

let remote: Remote<LintApi> | null = null;

function worker(): Remote<LintApi> {
  remote ??= wrap<LintApi>(new Worker(new URL('../../bpmn/lint/lint.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}

/**
 * A linter for one editor: its runs go to the shared lint worker one at a time, stale ones skipped (null).
 * A run that finds the same problems as the last resolves to the very list the last one did.
 */
export function latestLinter(): (xml: string, context: LintContext) => Promise<LintIssue[] | null> {
  const editor = crypto.randomUUID();
  let last: LintIssue[] | null = null;
  return latestOnly(async (xml: string, context: LintContext) => {
    const found = await worker().lintXml(xml, context, editor);
    if (found !== unchanged) last = found;
    return last;
  });
}
