import { changeBetween, comparisonRow, type Comparison } from './comparison';
import type { MetricId, MetricItem } from './metrics';
import { reduction, type ProposalTarget } from './proposals';
import { roundWorkingDays } from './workingTime';

/**
 * The МВК questionnaire (опросный лист, Appendix 2 to the 2015 Rules): 14 parameters, each with
 * a value and a justification. Seven values follow from comparing the as-is with the proposed
 * variant and are pre-filled as data; the text is made by the UI's translate function. What the
 * team types replaces a pre-filled value, and only once they have touched it.
 */
export const questionnaireParameters = [
  'demand',
  'electronicOnly',
  'electronicResult',
  'termReduction',
  'documentsRemoved',
  'collegialRemoved',
  'staffRemoved',
  'oneTimePassword',
  'proactive',
  'composite',
  'manualFieldsReduced',
  'alternativeRemoved',
  'informationSystem',
  'integrations',
] as const;
export type QuestionnaireParameter = (typeof questionnaireParameters)[number];

export interface ListedItem {
  name: string;
  /** A system's developer: the dictionary's owner body is all the workbench knows of it. */
  developer?: string;
}

export type QuestionnairePrefill =
  /** Rows 4 and 11: the term in working days, the number of hand-typed fields. */
  | { kind: 'reduction'; reduce: boolean; from: number; to: number }
  /** Row 5: documents required from the applicant in the as-is and not in the target, by name. */
  | { kind: 'documents'; from: number; to: number; removed: string[] }
  /** Rows 6 and 7: collegial decisions; steps done by staff (manual or automated). `remaining`: the target's, by name. */
  | { kind: 'eliminated'; from: number; to: number; remaining: string[] }
  /** Rows 13 and 14: the as-is systems (integrations), and those the target adds. */
  | { kind: 'list'; current: ListedItem[]; added: ListedItem[] };

export interface QuestionnaireRow {
  /** 1–14, as in the form. */
  number: number;
  parameter: QuestionnaireParameter;
  parameterKey: string;
  /** Null for the rows only the team can answer, and when the as-is or the target is missing. */
  prefill: QuestionnairePrefill | null;
  /** What the team typed; shown instead of the pre-fill once `touched`. */
  value: string;
  justification: string;
  touched: boolean;
}

/** What is stored of a row: the team's own input. */
export type SavedQuestionnaireRow = Pick<QuestionnaireRow, 'number' | 'value' | 'justification' | 'touched'>;

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function prefillQuestionnaire(comparison: Comparison, target: ProposalTarget): QuestionnaireRow[] {
  return questionnaireParameters.map((parameter, index) => ({
    number: index + 1,
    parameter,
    parameterKey: `compare.questionnaire.parameter.${parameter}`,
    prefill: prefillOf(parameter, comparison, target),
    value: '',
    justification: '',
    touched: false,
  }));
}

function prefillOf(parameter: QuestionnaireParameter, comparison: Comparison, target: ProposalTarget): QuestionnairePrefill | null {
  const changeOf = (id: MetricId) => changeBetween(comparisonRow(comparison, id), 'asIs', target);
  const targetItems = (...ids: MetricId[]) => ids.flatMap((id) => comparisonRow(comparison, id).values[target]?.items ?? []);
  const asReduction = (id: MetricId): QuestionnairePrefill | null => {
    const found = reduction(comparison, id, target);
    return found && { kind: 'reduction', ...found };
  };
  switch (parameter) {
    case 'termReduction':
      return asReduction('termDays');
    case 'manualFieldsReduced':
      return asReduction('manualFields');
    case 'documentsRemoved': {
      const change = changeOf('applicantDocuments');
      return change ? { kind: 'documents', from: change.from, to: change.to, removed: names(change.removed) } : null;
    }
    case 'collegialRemoved': {
      const change = changeOf('collegialDecisions');
      return change ? { kind: 'eliminated', from: change.from, to: change.to, remaining: names(targetItems('collegialDecisions')) } : null;
    }
    case 'staffRemoved': {
      const manual = changeOf('stepsManual');
      const automated = changeOf('stepsAutomated');
      if (!manual || !automated) return null;
      return { kind: 'eliminated', from: manual.from + automated.from, to: manual.to + automated.to, remaining: names(targetItems('stepsManual', 'stepsAutomated')) };
    }
    case 'informationSystem':
    case 'integrations': {
      const id = parameter === 'informationSystem' ? 'informationSystems' : 'integrations';
      const change = changeOf(id);
      const current = comparisonRow(comparison, id).values.asIs?.items ?? [];
      return change ? { kind: 'list', current: current.map(listed), added: change.added.map(listed) } : null;
    }
    default:
      return null;
  }
}

/** The saved rows with one row changed (created if the team had not touched it yet), in form order. */
export function patchRow(saved: readonly SavedQuestionnaireRow[], number: number, patch: Partial<SavedQuestionnaireRow>): SavedQuestionnaireRow[] {
  const current = saved.find((row) => row.number === number) ?? { number, value: '', justification: '', touched: false };
  return [...saved.filter((row) => row.number !== number), { ...current, ...patch, number }].sort((a, b) => a.number - b.number);
}

/** Rows as pre-filled now, with the team's saved input laid over them. */
export function mergeQuestionnaire(prefilled: QuestionnaireRow[], saved: readonly SavedQuestionnaireRow[]): QuestionnaireRow[] {
  return prefilled.map((row) => {
    const own = saved.find((candidate) => candidate.number === row.number);
    return own ? { ...row, value: own.value, justification: own.justification, touched: own.touched } : row;
  });
}

/**
 * The value column's text. Keys: `compare.questionnaire.value.<parameter>.<answer>` with answer
 * yes | no | none (nothing to remove in the as-is) | added, and
 * `compare.questionnaire.value.systemWithDeveloper`; the texts are under `compare.questionnaire.value` in src/app/i18n.
 */
export function questionnaireValueText(row: QuestionnaireRow, t: Translate): string {
  const { prefill } = row;
  if (row.touched || !prefill) return row.value;
  const key = (answer: 'yes' | 'no' | 'none' | 'added') => `compare.questionnaire.value.${row.parameter}.${answer}`;
  switch (prefill.kind) {
    case 'reduction':
      return t(key(prefill.reduce ? 'yes' : 'no'), { from: roundWorkingDays(prefill.from), to: roundWorkingDays(prefill.to) });
    case 'documents':
      return t(key(prefill.removed.length ? 'yes' : 'no'), { from: prefill.from, to: prefill.to, names: joined(prefill.removed) });
    case 'eliminated': {
      const answer = prefill.from === 0 ? 'none' : prefill.to === 0 ? 'yes' : 'no';
      return t(key(answer), { from: prefill.from, to: prefill.to, names: joined(prefill.remaining) });
    }
    case 'list': {
      const list = (items: ListedItem[]) =>
        joined(items.map((item) => (item.developer ? t('compare.questionnaire.value.systemWithDeveloper', { name: item.name, developer: item.developer }) : item.name)));
      const current = prefill.current.length ? t(key('yes'), { list: list(prefill.current) }) : t(key('no'));
      return prefill.added.length ? joined([current, t(key('added'), { list: list(prefill.added) })]) : current;
    }
  }
}

function names(items: MetricItem[]): string[] {
  return items.map((item) => item.name);
}

function listed(item: MetricItem): ListedItem {
  return item.owner ? { name: item.name, developer: item.owner } : { name: item.name };
}

function joined(parts: string[]): string {
  return parts.join('; ');
}
