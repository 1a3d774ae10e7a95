import { useEffect, useState } from 'react';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { ShapeLike } from '../../bpmn/stepData/UpdateStepDataHandler';
import { readStepData, type StepData } from '../../domain/stepData/stepData';
import { emptyStepData } from '../../domain/stepData/writeStepData';

export interface SelectedStep {
  element: ShapeLike;
  data: StepData;
}

type Selected = ShapeLike & { labelTarget?: ShapeLike };

/** The one selected flow node and its data, kept current through selection changes, edits and undo. */
export function useSelectedStep(editor: BpmnEditor | null): { step: SelectedStep | null; selectedOther: boolean } {
  const [state, setState] = useState<{ step: SelectedStep | null; selectedOther: boolean }>({ step: null, selectedOther: false });

  useEffect(() => {
    if (!editor) return;
    let current: Selected | null = null;
    const refresh = () => {
      const element = current?.labelTarget ?? current;
      if (!element) return setState({ step: null, selectedOther: false });
      if (!element.businessObject?.$instanceOf('bpmn:FlowNode')) return setState({ step: null, selectedOther: true });
      setState({ step: { element, data: readStepData(element.businessObject).data ?? emptyStepData }, selectedOther: false });
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

  return editor ? state : { step: null, selectedOther: false };
}
