import KeepingDiOrdering from './KeepingDiOrdering';

/** Replaces bpmn-js's `bpmnDiOrdering` (same name), so a save keeps the layout of what was not drawn. */
export const keepingDiOrderingModule = {
  __init__: ['bpmnDiOrdering'],
  bpmnDiOrdering: ['type', KeepingDiOrdering],
};
