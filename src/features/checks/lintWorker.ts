import { wrap, type Remote } from 'comlink';
import { unchanged } from '../../bpmn/lint/lintApi';
import type { LintContext, LintIssue } from '../../bpmn/lint/lintDefinitions';
import { latestOnly } from '../../domain/latestOnly';
import type { StoredLintApi } from './storedLintApi';

let remote: Remote<StoredLintApi> | null = null;

function worker(): Remote<StoredLintApi> {
  remote ??= wrap<StoredLintApi>(new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}

/** What to check: an XML, or a variant's diagram as it is stored in the workspace database `database`. */
export type LintSource = { xml: string } | { xml: string; stored: { database: string; variantId: string } };

/**
 * A linter for one editor: its runs go to the shared lint worker one at a time, stale ones skipped (null).
 * A run that finds the same problems as the last resolves to the very list the last one did. A stored diagram
 * is read by the worker; should that fail (the database closed for an upgrade by a newer tab), the XML is sent.
 */
export function latestLinter(): (source: LintSource, context: LintContext) => Promise<LintIssue[] | null> {
  const editor = crypto.randomUUID();
  let last: LintIssue[] | null = null;
  const run = async (source: LintSource, context: LintContext) => {
    if ('stored' in source) {
      try {
        return await worker().lintStored(source.stored, context, editor);
      } catch {
        // Sent as text below; a failure of the checks themselves fails there too, and is reported.
      }
    }
    return worker().lintXml(source.xml, context, editor);
  };
  return latestOnly(async (source: LintSource, context: LintContext) => {
    const found = await run(source, context);
    if (found !== unchanged) last = found;
    return last;
  });
}
