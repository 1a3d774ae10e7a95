import { useEffect, useState } from 'react';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { ShapeLike } from '../../bpmn/stepData/ReplaceExtensionHandler';
import type { ConnectionLike } from '../../bpmn/stepData/StepDataService';
import { choosesAWay } from '../../domain/compare/typicalOutcome';
import { linkedKind, readEntryLink } from '../../domain/stepData/entryLink';
import { readFlowData, readStepData, type StepData } from '../../domain/stepData/stepData';
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

/** A selected sequence flow that leaves a gateway choosing a way: whether it is the usual outcome. */
export interface SelectedFlow {
  element: ConnectionLike;
  isDefault: boolean;
  probability: number | undefined;
}

interface Selection {
  step: SelectedStep | null;
  dataElement: SelectedDataElement | null;
  flow: SelectedFlow | null;
  selectedOther: boolean;
}

const nothing: Selection = { step: null, dataElement: null, flow: null, selectedOther: false };

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
      const gateway = (element as Partial<ConnectionLike>).source?.businessObject;
      if (bo?.$instanceOf('bpmn:SequenceFlow') && gateway && choosesAWay(gateway.$type)) {
        const flow = element as ConnectionLike;
        return setState({ ...nothing, flow: { element: flow, isDefault: gateway.get('default') === bo, probability: readFlowData(bo).data?.probability } });
      }
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
    // A kept editor shown again (see keptEditors.ts) still has its selection: the panel starts from it.
    const selected = editor.get<{ get(): Selected[] }>('selection').get();
    if (selected.length > 0) onSelection({ newSelection: selected });
    return () => {
      editor.off('selection.changed', onSelection);
      editor.off('element.changed', onChanged);
      editor.off('import.done', onCleared);
    };
  }, [editor]);

  return editor ? state : nothing;
}
