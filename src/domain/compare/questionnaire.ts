import { changeBetween, comparisonRow, type Comparison } from './comparison';
import type { MetricId, MetricItem } from './metrics';
import { emptyChosenProposals, reduction, sharedAnswer, sharedQuestions, type ChoiceItem, type ChosenProposals, type ProposalTarget, type Reduction } from './proposals';

/**
 * The МВК questionnaire (опросный лист, Appendix 2 to the 2015 Rules): 14 parameters, each with
 * a value and a justification. Seven values follow from comparing the as-is with the proposed
 * variant and are pre-filled as data; six are the answers chosen in Appendix 1, so the two forms
 * cannot contradict each other; the text is made by the UI's translate function. What the team
 * types replaces a computed value, and only once they have touched it; beside a shared answer
 * it is a note.
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
  /** A system's developer from the dictionary; null when not recorded. Undefined for integrations. */
  developer?: string | null;
}

export type QuestionnairePrefill =
  /** Row 4: the typical service term, and the longest, in working days. */
  | { kind: 'term'; typical: Reduction; longest: Reduction | null }
  /** Row 11: the number of hand-typed fields. */
  | { kind: 'reduction'; reduce: boolean; from: number; to: number }
  /** Row 5: documents required from the applicant in the as-is and not in the target, by name. */
  | { kind: 'documents'; from: number; to: number; removed: string[] }
  /** Row 6: collegial decisions. `remaining`: the target's, by name. */
  | { kind: 'eliminated'; from: number; to: number; remaining: string[] }
  /** Row 7: steps of the provider's and other state bodies' staff; `unclassified`: the target's steps of a person of unknown side. */
  | { kind: 'staff'; from: number; to: number; remaining: string[]; unclassified: string[] }
  /** Rows 13 and 14: the as-is systems (integrations), those the target adds and those it drops. */
  | { kind: 'list'; current: ListedItem[]; added: ListedItem[]; removed: ListedItem[] }
  /** Rows 2, 3, 8, 9, 10, 12: the answer chosen in Appendix 1 (see sharedQuestions). */
  | { kind: 'shared'; item: ChoiceItem; answer: 'yes' | 'no' | null; service: string };

export interface QuestionnaireRow {
  /** 1–14, as in the form. */
  number: number;
  parameter: QuestionnaireParameter;
  parameterKey: string;
  /** Null for the rows only the team can answer, and for computed rows when the as-is or the target is missing. */
  prefill: QuestionnairePrefill | null;
  /** What the team typed: shown instead of a computed pre-fill once `touched`; beside a shared answer, a note. */
  value: string;
  justification: string;
  touched: boolean;
}

/** What is stored of a row: the team's own input. */
export type SavedQuestionnaireRow = Pick<QuestionnaireRow, 'number' | 'value' | 'justification' | 'touched'>;

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Terms as the forms state them: in whole units that fit, the unit agreeing with the number and with "from"/"to". */
export interface TermFormat {
  duration(workingDays: number, role: 'plain' | 'from' | 'to'): string;
}

export function prefillQuestionnaire(comparison: Comparison, target: ProposalTarget, chosen: ChosenProposals = emptyChosenProposals): QuestionnaireRow[] {
  const shared = new Map(Object.entries(sharedQuestions).map(([item, number]) => [number, item as ChoiceItem]));
  return questionnaireParameters.map((parameter, index) => {
    const item = shared.get(index + 1);
    return {
      number: index + 1,
      parameter,
      parameterKey: `compare.questionnaire.parameter.${parameter}`,
      prefill: item ? { kind: 'shared', item, answer: sharedAnswer(chosen, item), service: item === 'oneApplication' ? chosen.oneApplicationService : '' } : prefillOf(parameter, comparison, target),
      value: '',
      justification: '',
      touched: false,
    };
  });
}

function prefillOf(parameter: QuestionnaireParameter, comparison: Comparison, target: ProposalTarget): QuestionnairePrefill | null {
  const changeOf = (id: MetricId) => changeBetween(comparisonRow(comparison, id), 'asIs', target);
  const targetItems = (id: MetricId) => comparisonRow(comparison, id).values[target]?.items ?? [];
  switch (parameter) {
    case 'termReduction': {
      const typical = reduction(comparison, 'termTypical', target);
      return typical && { kind: 'term', typical, longest: reduction(comparison, 'termLongest', target) };
    }
    case 'manualFieldsReduced': {
      const found = reduction(comparison, 'manualFields', target);
      return found && { kind: 'reduction', ...found };
    }
    case 'documentsRemoved': {
      const change = changeOf('applicantDocuments');
      return change ? { kind: 'documents', from: change.from, to: change.to, removed: names(change.removed) } : null;
    }
    case 'collegialRemoved': {
      const change = changeOf('collegialDecisions');
      return change ? { kind: 'eliminated', from: change.from, to: change.to, remaining: names(targetItems('collegialDecisions')) } : null;
    }
    case 'staffRemoved': {
      const change = changeOf('staffSteps');
      return change ? { kind: 'staff', from: change.from, to: change.to, remaining: names(targetItems('staffSteps')), unclassified: names(comparison.unclassifiedSteps[target] ?? []) } : null;
    }
    case 'informationSystem':
    case 'integrations': {
      const id = parameter === 'informationSystem' ? 'informationSystems' : 'integrations';
      const change = changeOf(id);
      const current = comparisonRow(comparison, id).values.asIs?.items ?? [];
      return change ? { kind: 'list', current: current.map(listed), added: change.added.map(listed), removed: change.removed.map(listed) } : null;
    }
    default:
      return null;
  }
}

/** The numbers of the questions without an answer: the export warns about them before writing. */
export function unansweredQuestions(rows: readonly QuestionnaireRow[]): number[] {
  const empty = (row: QuestionnaireRow) => {
    if (row.prefill?.kind === 'shared') return row.prefill.answer === null && !row.value.trim();
    return (row.touched || !row.prefill) && !row.value.trim();
  };
  return rows.filter(empty).map((row) => row.number);
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
 * yes | no | none (nothing to remove in the as-is) | added | removed | longest | unclassified,
 * and `compare.questionnaire.value.<systemWithDeveloper | systemWithoutDeveloper | shared.* | withNote>`;
 * the texts are under `compare.questionnaire.value` in src/app/i18n.
 */
export function questionnaireValueText(row: QuestionnaireRow, t: Translate, format: TermFormat): string {
  const { prefill } = row;
  if (prefill?.kind === 'shared') return sharedText(prefill, row.value, t);
  if (row.touched || !prefill) return row.value;
  const key = (answer: string) => `compare.questionnaire.value.${row.parameter}.${answer}`;
  const fromTo = (found: Reduction) => ({ from: format.duration(found.from, 'from'), to: format.duration(found.to, 'to') });
  switch (prefill.kind) {
    case 'term': {
      const { typical, longest } = prefill;
      const first = typical.reduce ? t(key('yes'), fromTo(typical)) : t(key('no'), { from: format.duration(typical.from, 'plain'), to: format.duration(typical.to, 'plain') });
      const same = !longest || (format.duration(longest.from, 'from') === fromTo(typical).from && format.duration(longest.to, 'to') === fromTo(typical).to);
      return same ? first : joined([first, t(key('longest'), fromTo(longest))]);
    }
    case 'reduction':
      return t(key(prefill.reduce ? 'yes' : 'no'), { from: prefill.from, to: prefill.to });
    case 'documents':
      return t(key(prefill.removed.length ? 'yes' : 'no'), { from: prefill.from, to: prefill.to, names: joined(prefill.removed) });
    case 'eliminated':
    case 'staff': {
      const answer = prefill.from === 0 ? 'none' : prefill.to === 0 ? 'yes' : 'no';
      const text = t(key(answer), { from: prefill.from, to: prefill.to, names: joined(prefill.remaining) });
      return prefill.kind === 'staff' && prefill.unclassified.length ? joined([text, t(key('unclassified'), { names: joined(prefill.unclassified) })]) : text;
    }
    case 'list': {
      const list = (items: ListedItem[]) => joined(items.map((item) => listedName(item, t)));
      const current = prefill.current.length ? t(key('yes'), { list: list(prefill.current) }) : t(key('no'));
      const changes = [...(prefill.added.length ? [t(key('added'), { list: list(prefill.added) })] : []), ...(prefill.removed.length ? [t(key('removed'), { list: list(prefill.removed) })] : [])];
      return joined([current, ...changes]);
    }
  }
}

function sharedText(prefill: Extract<QuestionnairePrefill, { kind: 'shared' }>, note: string, t: Translate): string {
  const value = 'compare.questionnaire.value.shared';
  const answer = prefill.answer === null ? '' : prefill.answer === 'yes' && prefill.service ? t(`${value}.yesWithService`, { service: prefill.service }) : t(`${value}.${prefill.answer}`);
  return answer && note ? t('compare.questionnaire.value.withNote', { answer, note }) : answer || note;
}

function listedName(item: ListedItem, t: Translate): string {
  if (item.developer === undefined) return item.name;
  return item.developer ? t('compare.questionnaire.value.systemWithDeveloper', { name: item.name, developer: item.developer }) : t('compare.questionnaire.value.systemWithoutDeveloper', { name: item.name });
}

function names(items: MetricItem[]): string[] {
  return items.map((item) => item.name);
}

function listed(item: MetricItem): ListedItem {
  return item.developer === undefined ? { name: item.name } : { name: item.name, developer: item.developer || null };
}

function joined(parts: string[]): string {
  return parts.join('; ');
}
