import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ruleFailedKey, type LintIssue } from '../../bpmn/lint/lintDefinitions';
import type { VariantKind } from '../../domain/variant';
import { listDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { latestLinter } from './lintWorker';
import { sameIssues } from '../../bpmn/lint/sameIssues';

/**
 * The checks of the open variant (bpmnlint's recommended rules and the reengineering rules), run in
 * the lint worker on the diagram as last stored or drawn — a save, not every command, so the page's
 * thread never parses or walks the model for them — and again when the dictionary or the kind of
 * variant changes. Null until the first run is done. `storedAs`: the variant whose stored diagram `xml` is,
 * which the worker then reads itself instead of being sent a copy.
 */
export function useLintIssues(xml: string | null, projectId: string, variantKind: VariantKind, storedAs: string | null = null): LintIssue[] | null {
  const dictionary = useLiveQuery(() => listDictionary(workspaceDb, projectId), [projectId]);
  const [lint] = useState(latestLinter);
  const [issues, setIssues] = useState<LintIssue[] | null>(null);

  useEffect(() => {
    if (xml === null || !dictionary) return;
    let current = true;
    const source = storedAs === null ? { xml } : { xml, stored: { database: workspaceDb.name, variantId: storedAs } };
    lint(source, { dictionary, variantKind }).then(
      // The same problems as before (most saves change none): keep the list, so nothing redraws.
      (found) => current && found && setIssues((shown) => (shown && sameIssues(shown, found) ? shown : found)),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setIssues([{ elementId: '', rule: 'lint', category: 'error', key: ruleFailedKey, params: { rule: 'lint' }, message }]);
      },
    );
    return () => {
      current = false;
    };
  }, [xml, storedAs, dictionary, variantKind, lint]);

  return xml === null ? null : issues;
}
