import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { lintDefinitions, type LintIssue } from '../../bpmn/lint/lintDefinitions';
import type { VariantKind } from '../../domain/variant';
import { listDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';

/** Typing a name fires a command per commit; wait for a pause rather than lint every keystroke's worth of change. */
const lintDelayMs = 400;

/**
 * The checks of the open variant (bpmnlint's recommended rules and the reengineering rules),
 * re-run a moment after the diagram, the project dictionary or the language changes. Null until
 * the first run is done.
 */
export function useLintIssues(editor: BpmnEditor | null, projectId: string, variantKind: VariantKind): LintIssue[] | null {
  const dictionary = useLiveQuery(() => listDictionary(workspaceDb, projectId), [projectId]);
  const [issues, setIssues] = useState<LintIssue[] | null>(null);

  useEffect(() => {
    if (!editor || !dictionary) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const run = async () => {
      const definitions = editor.getDefinitions();
      if (!definitions) return;
      const found = await lintDefinitions(definitions, { dictionary, variantKind });
      if (current) setIssues(found);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), lintDelayMs);
    };
    editor.on('import.done', schedule);
    editor.on('commandStack.changed', schedule);
    schedule();
    return () => {
      current = false;
      clearTimeout(timer);
      editor.off('import.done', schedule);
      editor.off('commandStack.changed', schedule);
    };
  }, [editor, dictionary, variantKind]);

  return editor ? issues : null;
}
