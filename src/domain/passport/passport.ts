import type { IsoDate } from '../plan/calendar/isoDate';

/**
 * The passport of a process (2024 Rules §32, §36): what the description of its current variant
 * needs besides the diagram, and the justification of the chosen target variant.
 *
 * The stored shape, version `passportFormatVersion` (passportSchema.ts checks it); optional values
 * are empty strings or null, never missing:
 * - `serviceCode`: the code in the Registry of public services when this process is of another
 *   service than the project's (a life-situation project groups the processes of several services:
 *   birth registration, the benefit, the kindergarten queue); empty means the project's code;
 * - `problems[].stepIds`: ids of steps of the as-is diagram (element ids, which stay when a variant
 *   is copied), so a problem still names its step after the diagram is redrawn around it;
 * - `optimalRequired`: the team decided to describe an optimal variant too (§36.1 "target and/or
 *   optimal"), which the completeness checklist then asks for.
 */
export const passportFormatVersion = 1;

export interface LegalAct {
  id: string;
  title: string;
  number: string;
  date: IsoDate | null;
  article: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  /** Where the stakeholder meets the process: offices, portals, documents, notifications. */
  touchpoints: string;
}

export interface ProcessProblem {
  id: string;
  text: string;
  stepIds: string[];
}

/** The members of a project team (§30–31). */
export const teamRoles = ['lead', 'unitStaff', 'expert', 'itArchitect', 'businessAnalyst', 'independentExpert', 'qualityAgency'] as const;
export type TeamRole = (typeof teamRoles)[number];

export interface TeamMember {
  id: string;
  name: string;
  role: TeamRole;
  /** Position and unit, as the order forming the team names them. */
  position: string;
}

export interface ProcessPassport {
  formatVersion: typeof passportFormatVersion;
  processId: string;
  projectId: string;
  serviceCode: string;
  legalActs: LegalAct[];
  stakeholders: Stakeholder[];
  problems: ProcessProblem[];
  team: TeamMember[];
  optimalRequired: boolean;
  justification: string;
  updatedAt: number;
}

export function emptyPassport(projectId: string, processId: string): ProcessPassport {
  return { formatVersion: passportFormatVersion, processId, projectId, serviceCode: '', legalActs: [], stakeholders: [], problems: [], team: [], optimalRequired: false, justification: '', updatedAt: 0 };
}

/** The code in the Registry of public services that applies to the process. */
export function effectiveServiceCode(passport: ProcessPassport, projectCode: string): string {
  return passport.serviceCode.trim() || projectCode;
}

/** A change of one passport into the next; the page keeps the newest and saves it. */
export type PassportEdit = (passport: ProcessPassport) => ProcessPassport;

/** The lists of a passport, each of items with an id. */
export type PassportList = 'legalActs' | 'stakeholders' | 'problems' | 'team';
type ItemOf<L extends PassportList> = ProcessPassport[L][number];

export const addItem =
  <L extends PassportList>(list: L, item: ItemOf<L>): PassportEdit =>
  (passport) => ({ ...passport, [list]: [...passport[list], item] });

export const updateItem =
  <L extends PassportList>(list: L, id: string, patch: Partial<ItemOf<L>>): PassportEdit =>
  (passport) => ({ ...passport, [list]: (passport[list] as ItemOf<L>[]).map((item) => (item.id === id ? { ...item, ...patch } : item)) });

export const removeItem =
  (list: PassportList, id: string): PassportEdit =>
  (passport) => ({ ...passport, [list]: (passport[list] as { id: string }[]).filter((item) => item.id !== id) });

/** Puts a removed item back at `index` (the undo of a removal), unless it is there already. */
export const restoreItem =
  <L extends PassportList>(list: L, item: ItemOf<L>, index: number): PassportEdit =>
  (passport) => {
    const items = passport[list] as ItemOf<L>[];
    if (items.some((existing) => existing.id === item.id)) return passport;
    return { ...passport, [list]: [...items.slice(0, index), item, ...items.slice(index)] };
  };

export const newLegalAct = (id: string): LegalAct => ({ id, title: '', number: '', date: null, article: '' });
export const newStakeholder = (id: string): Stakeholder => ({ id, name: '', touchpoints: '' });
export const newProblem = (id: string): ProcessProblem => ({ id, text: '', stepIds: [] });
export const newTeamMember = (id: string, role: TeamRole = 'unitStaff'): TeamMember => ({ id, name: '', role, position: '' });

/** What counts as filled in: an item whose text fields are all blank is a row the user has not written yet. */
export const isWritten = {
  legalAct: (act: LegalAct) => Boolean(act.title.trim() || act.number.trim()),
  stakeholder: (stakeholder: Stakeholder) => Boolean(stakeholder.name.trim()),
  problem: (problem: ProcessProblem) => Boolean(problem.text.trim()),
};
