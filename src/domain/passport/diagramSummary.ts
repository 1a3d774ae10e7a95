import type { VariantFacts } from '../compare/facts';

/** A step of a diagram as the passport and its checklist need it. */
export interface StepSummary {
  id: string;
  name: string;
  /** Its step data names a document, field or information system it uses (§32.3, the kinds of data at the step). */
  hasData: boolean;
}

/** What the completeness checklist needs of a diagram: its steps, in document order. */
export interface DiagramSummary {
  steps: StepSummary[];
}

/**
 * The steps are the diagram's activities: tasks of every kind and call activities. A sub-process
 * is not a step of its own here: the steps inside it are, and they carry the data.
 */
export function summariseDiagram(facts: VariantFacts): DiagramSummary {
  return {
    steps: facts.steps
      .filter((step) => !step.isSubProcess)
      .map((step) => ({ id: step.id, name: step.name, hasData: Boolean(step.data && step.data.documents.length + step.data.fields.length + step.data.systems.length > 0) })),
  };
}
