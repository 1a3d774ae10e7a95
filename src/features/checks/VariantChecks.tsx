import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { VariantRef } from '../../domain/variant';
import type { SaveState } from '../editor/session/saveState';
import { ProblemsPanel } from './ProblemsPanel';
import { useLintIssues } from './useLintIssues';
import { useLintMarkers } from './useLintMarkers';

interface Props {
  editor: BpmnEditor | null;
  saves: StoreApi<SaveState>;
  variant: Pick<VariantRef, 'id' | 'projectId' | 'kind'>;
  /** Whether the problems panel is shown (not for a diagram that could not be drawn). */
  panel: boolean;
  /** Whether the editor is the one shown: a hidden one's panel is out of reach. */
  shown: boolean;
}

/**
 * The checks of an open variant: run on each drawn or stored diagram, marked on the drawing and listed in the
 * problems panel. A component of its own, so that a save re-renders it and not the editor around it.
 */
export function VariantChecks({ editor, saves, variant, panel, shown }: Props) {
  const content = useStore(saves, (state) => state.content);
  const issues = useLintIssues(content?.xml ?? null, variant.projectId, variant.kind, content?.stored ? variant.id : null);
  useLintMarkers(editor, issues, variant.projectId);
  if (!panel) return null;
  return (
    <div className="editor-chrome" inert={!shown}>
      <ProblemsPanel editor={editor} issues={issues} projectId={variant.projectId} />
    </div>
  );
}
