import type { VariantKind } from '../variant';

/**
 * The client journey map (карта пути клиента, 2024 Rules §32.5), its personas and the interviews
 * behind it, as one versioned JSON shape: what IndexedDB stores is what a project export carries.
 * The concepts follow CJML (Customer Journey Modeling Language, SINTEF): a *planned* journey (how the
 * service is meant to work) apart from *actual* journeys (what happened to one interviewed citizen),
 * touchpoints that are communication points (initiator, channel) or actions of the client alone,
 * stages that group them, and deviations of an actual journey from the planned one.
 *
 * Every record carries `formatVersion`; a reader refuses a version it does not know (validate.ts).
 * Optional values are `null`, never missing, so a record read back has every field.
 */
export const journeyFormatVersion = 1 as const;

/** The channels through which a client meets the state (DOMAIN.md: ЦОН, egov.kz, the mobile app, …). */
export const journeyChannels = ['serviceCentre', 'portal', 'mobileApp', 'providerOffice', 'phone', 'post', 'notification', 'other'] as const;
export type JourneyChannel = (typeof journeyChannels)[number];

/**
 * The default lanes of a map, top to bottom. Cards are typed into actions, touchpoints, pains, ideas
 * and free-text lanes; the documents, time and emotion lanes show what the stage's cards carry.
 */
export const defaultLaneKinds = ['actions', 'touchpoints', 'documents', 'time', 'pains', 'emotion', 'ideas'] as const;
export const laneKinds = [...defaultLaneKinds, 'custom'] as const;
export type LaneKind = (typeof laneKinds)[number];
export const derivedLaneKinds: ReadonlySet<LaneKind> = new Set(['documents', 'time', 'emotion']);

/** Touchpoints in this lane are communication points with the state (CJML); each is one contact. */
export const contactLaneKind: LaneKind = 'touchpoints';

/** The default stages of a new map, as keys of the UI's texts: their titles are stored translated. */
export const defaultStageKeys = ['learn', 'gather', 'apply', 'wait', 'receive'] as const;

export const emotions = [-2, -1, 0, 1, 2] as const;
export type Emotion = (typeof emotions)[number];

export const waitingUnits = ['working', 'calendar'] as const;
export type WaitingUnit = (typeof waitingUnits)[number];

export const initiators = ['client', 'state'] as const;
export type Initiator = (typeof initiators)[number];

export const journeyKinds = ['planned', 'actual'] as const;
export type JourneyKind = (typeof journeyKinds)[number];

export const interviewMethods = ['inPerson', 'phone', 'video', 'survey', 'focusGroup', 'observation'] as const;
export type InterviewMethod = (typeof interviewMethods)[number];

export interface Persona {
  formatVersion: typeof journeyFormatVersion;
  id: string;
  projectId: string;
  /** "Пенсионер без учётной записи eGov", "Родитель, регистрирующий рождение онлайн", … */
  name: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

export interface JourneyLane {
  id: string;
  kind: LaneKind;
  /** The user's title; empty for a default lane, which shows its translated name. */
  title: string;
  hidden: boolean;
}

export interface JourneyStage {
  id: string;
  title: string;
  /** BPMN element ids of the variant this stage stands for. */
  links: string[];
}

/** A pain in the client's words, and the interview (сұхбат) it was heard in. */
export interface PainNote {
  quote: string;
  interviewId: string | null;
}

export interface JourneyCard {
  id: string;
  stageId: string;
  laneId: string;
  text: string;
  channel: JourneyChannel | null;
  /** Who starts a communication point (CJML); null for an action of the client alone. */
  initiator: Initiator | null;
  /** The state body the client deals with here. */
  agency: string;
  /** Documents the client carries or submits here, by name. */
  documents: string[];
  inPersonVisit: boolean;
  /** The client's own time at this touchpoint, in minutes. */
  clientMinutes: number;
  waitingDays: number;
  waitingUnit: WaitingUnit;
  /** −2 (very bad) … +2 (very good); on an actual journey, the interviewee's experience rating. */
  emotion: Emotion | null;
  pain: PainNote | null;
  /** BPMN element ids of the variant (steps, events, message flows). Kept when the element is gone: then flagged (links.ts). */
  links: string[];
  /** On an actual journey: the planned touchpoint this one is; null for a deviation (links nothing planned). */
  plannedCardId: string | null;
}

export interface JourneyMap {
  formatVersion: typeof journeyFormatVersion;
  id: string;
  projectId: string;
  processId: string;
  variantKind: VariantKind;
  personaId: string;
  name: string;
  journey: JourneyKind;
  /** An actual journey's source: the interview it was recorded from. */
  interviewId: string | null;
  /** An actual journey's planned map, which its deviations are found against. */
  plannedMapId: string | null;
  stages: JourneyStage[];
  /** Top to bottom. */
  lanes: JourneyLane[];
  cards: JourneyCard[];
  /** Increases with every stored save; a save from a stale copy is a conflict, never an overwrite. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export interface InterviewPain {
  id: string;
  text: string;
}

/** An interview (сұхбат) with a stakeholder of the process (2024 Rules §32.5). */
export interface Interview {
  formatVersion: typeof journeyFormatVersion;
  id: string;
  projectId: string;
  processId: string;
  interviewee: string;
  role: string;
  personaId: string | null;
  /** ISO date (YYYY-MM-DD), or empty when not known. */
  date: string;
  method: InterviewMethod;
  notes: string;
  pains: InterviewPain[];
  createdAt: number;
  updatedAt: number;
}

/** Limits that keep one record within what a browser stores and draws comfortably. */
export const journeyLimits = { text: 5000, name: 200, stages: 500, lanes: 50, cards: 5000, links: 500, documents: 200 } as const;

export type NewId = () => string;

export function newLanes(newId: NewId): JourneyLane[] {
  return defaultLaneKinds.map((kind) => ({ id: newId(), kind, title: '', hidden: false }));
}

export function newCard(fields: Pick<JourneyCard, 'id' | 'stageId' | 'laneId'> & Partial<JourneyCard>): JourneyCard {
  return {
    text: '',
    channel: null,
    initiator: null,
    agency: '',
    documents: [],
    inPersonVisit: false,
    clientMinutes: 0,
    waitingDays: 0,
    waitingUnit: 'working',
    emotion: null,
    pain: null,
    links: [],
    plannedCardId: null,
    ...fields,
  };
}

export function laneOfKind(map: Pick<JourneyMap, 'lanes'>, kind: LaneKind): JourneyLane | undefined {
  return map.lanes.find((lane) => lane.kind === kind);
}
