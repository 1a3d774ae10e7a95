import { isIsoDate, type IsoDate } from './calendar/isoDate';
import { quarterEnd, type Quarter } from './quarter';

/**
 * The action plan of a process (План мероприятий, 2024 Rules §3.3, §36.3, §37): the staged
 * implementation of its target variant, with deadlines and those responsible, approved by the
 * deputy head in charge of digitalisation. Its rows are grouped under the five headings of the
 * roadmap form of Appendix 3 to the 2015 Rules of optimisation and automation of public services.
 *
 * This is the stored shape, version `planFormatVersion` (planSchema.ts checks it):
 * - `rows` in the order the team put them; a row's number is its heading's number and its place
 *   under that heading ("2.3"), so numbers follow any reordering;
 * - `status` is what the team set; a row not done after its deadline shows as overdue anyway
 *   (effectiveStatus);
 * - `source` links a row accepted from a proposal to the comparison items it came from
 *   (proposals.ts), so the plan can flag a row whose reason is gone from the diagrams;
 * - `approval.approvedBy.date` is the approval date of the plan and the target variant, from
 *   which the publication deadline is counted (publication.ts);
 * - `dismissed`: the proposals, and the items of each, the team chose not to take.
 */
export const planFormatVersion = 1;

/** The five headings of Appendix 3, in its order. */
export const planSections = ['organisational', 'informationSystems', 'legal', 'introduction', 'awareness'] as const;
export type PlanSection = (typeof planSections)[number];

export const completionForms = ['order', 'draftLegalAct', 'regulationAmendment', 'systemRelease', 'integrationAgreement', 'informationCampaign', 'other'] as const;
export type CompletionForm = (typeof completionForms)[number];

export const rowStatuses = ['planned', 'inProgress', 'done', 'overdue'] as const;
export type RowStatus = (typeof rowStatuses)[number];

export type Deadline = { kind: 'date'; date: IsoDate } | ({ kind: 'quarter' } & Quarter);

/** What in the comparison of the as-is and the target variant a proposal came from (see proposals.ts). */
export const sourceItemKinds = [
  'documentNotAsked',
  'fieldFromSystem',
  'approvalRemoved',
  'collegialRemoved',
  'stepAutomated',
  'stepRemoved',
  'stepMerged',
  'channelAdded',
  'proactive',
] as const;
export type SourceItemKind = (typeof sourceItemKinds)[number];

export interface SourceItem {
  kind: SourceItemKind;
  /** The dictionary id, step id (as-is) or channel code the item is about. */
  key: string;
  /** Its name when the proposal was made, so a row can still say what its reason was once it is gone. */
  name: string;
  /** For a merged step: the name of the step it was merged into. */
  mergedInto?: string;
}

export interface RowSource {
  proposalKey: string;
  items: SourceItem[];
}

export interface PlanRow {
  id: string;
  section: PlanSection;
  action: string;
  responsibleUnit: string;
  responsiblePerson: string;
  deadline: Deadline | null;
  completionForm: CompletionForm | null;
  expectedResult: string;
  status: RowStatus;
  source: RowSource | null;
}

export interface Signatory {
  position: string;
  name: string;
  date: IsoDate | null;
}

export interface PlanApproval {
  /** «УТВЕРЖДАЮ»: the deputy head in charge of digitalisation (§37); the date is the approval date. */
  approvedBy: Signatory;
  /** «СОГЛАСОВАНО»: the head of the state body, the authorised body for informatisation, interested bodies. */
  agreedBy: Signatory[];
  /** When the documents were placed on the architectural portal; null until then. */
  publishedOn: IsoDate | null;
}

export interface DismissedProposal {
  proposalKey: string;
  /** itemId()s of the items dismissed: an item that appears later brings the proposal back. */
  items: string[];
}

export interface ActionPlan {
  formatVersion: typeof planFormatVersion;
  processId: string;
  projectId: string;
  /** «Ответственный за исполнение» of the whole plan, above the table in Appendix 3. */
  responsible: string;
  rows: PlanRow[];
  approval: PlanApproval;
  dismissed: DismissedProposal[];
  updatedAt: number;
}

export const emptySignatory: Signatory = { position: '', name: '', date: null };

export function emptyPlan(projectId: string, processId: string): ActionPlan {
  return {
    formatVersion: planFormatVersion,
    processId,
    projectId,
    responsible: '',
    rows: [],
    approval: { approvedBy: emptySignatory, agreedBy: [], publishedOn: null },
    dismissed: [],
    updatedAt: 0,
  };
}

export function itemId(item: Pick<SourceItem, 'kind' | 'key'>): string {
  return `${item.kind}:${item.key}`;
}

export function approvalDate(plan: ActionPlan): IsoDate | null {
  const date = plan.approval.approvedBy.date;
  return date && isIsoDate(date) ? date : null;
}

/** The last day a deadline allows: the date itself, or the quarter's last day. */
export function deadlineEnd(deadline: Deadline): IsoDate {
  return deadline.kind === 'date' ? deadline.date : quarterEnd(deadline);
}

/** The status to show: a row not done whose deadline has passed is overdue whatever was set. */
export function effectiveStatus(row: PlanRow, today: IsoDate): RowStatus {
  if (row.status === 'done') return 'done';
  if (row.deadline && deadlineEnd(row.deadline) < today) return 'overdue';
  return row.status;
}

export interface NumberedRow {
  row: PlanRow;
  /** "2.3": the heading's number and the row's place under it. */
  number: string;
}

export interface PlanGroup {
  section: PlanSection;
  number: number;
  rows: NumberedRow[];
}

/** The five headings in order, each with its rows; a heading with no rows is kept, as on the form. */
export function groupRows(rows: readonly PlanRow[]): PlanGroup[] {
  return planSections.map((section, index) => {
    const number = index + 1;
    return { section, number, rows: rows.filter((row) => row.section === section).map((row, place) => ({ row, number: `${number}.${place + 1}` })) };
  });
}

export interface PlanProgress {
  total: number;
  done: number;
  overdue: number;
}

export function planProgress(rows: readonly PlanRow[], today: IsoDate): PlanProgress {
  const statuses = rows.map((row) => effectiveStatus(row, today));
  return { total: rows.length, done: statuses.filter((s) => s === 'done').length, overdue: statuses.filter((s) => s === 'overdue').length };
}
