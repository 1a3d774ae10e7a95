import { useEffect, useState } from 'react';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { ShapeLike } from '../../bpmn/stepData/ReplaceExtensionHandler';
import { linkedKind, readEntryLink } from '../../domain/stepData/entryLink';
import { readStepData, type StepData } from '../../domain/stepData/stepData';
import { emptyStepData } from '../../domain/stepData/writeStepData';

export interface SelectedStep {
  element: ShapeLike;
  data: StepData;
}

/** A selected data object (a document) or data store (an information system) and the entry it stands for. */
export interface SelectedDataElement {
  element: ShapeLike;
  kind: 'document' | 'system';
  ref: string | undefined;
}

interface Selection {
  step: SelectedStep | null;
  dataElement: SelectedDataElement | null;
  selectedOther: boolean;
}

const nothing: Selection = { step: null, dataElement: null, selectedOther: false };

type Selected = ShapeLike & { labelTarget?: ShapeLike };

/** The one selected flow node and its data, kept current through selection changes, edits and undo. */
export function useSelectedStep(editor: BpmnEditor | null): Selection {
  const [state, setState] = useState<Selection>(nothing);

  useEffect(() => {
    if (!editor) return;
    let current: Selected | null = null;
    const refresh = () => {
      const element = current?.labelTarget ?? current;
      if (!element) return setState(nothing);
      const bo = element.businessObject;
      const kind = bo ? linkedKind(bo) : null;
      if (kind) return setState({ ...nothing, dataElement: { element, kind, ref: readEntryLink(bo) } });
      if (!bo?.$instanceOf('bpmn:FlowNode')) return setState({ ...nothing, selectedOther: true });
      setState({ ...nothing, step: { element, data: readStepData(bo).data ?? emptyStepData } });
    };
    const onSelection = (event: { newSelection: Selected[] }) => {
      current = event.newSelection.length === 1 ? (event.newSelection[0] ?? null) : null;
      refresh();
    };
    const onChanged = (event: { element: Selected }) => {
      if (current && (event.element === current || event.element === current.labelTarget)) refresh();
    };
    const onCleared = () => {
      current = null;
      refresh();
    };
    editor.on('selection.changed', onSelection);
    editor.on('element.changed', onChanged);
    editor.on('import.done', onCleared);
    return () => {
      editor.off('selection.changed', onSelection);
      editor.off('element.changed', onChanged);
      editor.off('import.done', onCleared);
    };
  }, [editor]);

  return editor ? state : nothing;
}
