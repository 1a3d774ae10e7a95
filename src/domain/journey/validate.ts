import { variantKinds } from '../variant';
import { duplicateIds, FieldReader } from './fields';
import {
  emotions,
  initiators,
  interviewMethods,
  journeyChannels,
  journeyFormatVersion,
  journeyKinds,
  journeyLimits,
  laneKinds,
  waitingUnits,
  type Interview,
  type InterviewPain,
  type JourneyCard,
  type JourneyLane,
  type JourneyMap,
  type JourneyStage,
  type Persona,
} from './model';

/**
 * Checks a record read back from IndexedDB or from an import package. A valid record comes back as
 * a clean copy holding only the fields of the format; an invalid one as the list of its problems
 * (each "path: what is wrong"), so the caller can skip it and say why without losing the others.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const maxTimestamp = 8.64e15;
const maxMinutes = 60 * 24 * 366;
const maxDays = 3660;

export function parsePersona(raw: unknown): Parsed<Persona> {
  return parse(raw, 'persona', (r) => ({
    ...header(r),
    name: r.text('name', journeyLimits.name),
    description: r.text('description', journeyLimits.text),
    ...timestamps(r),
  }));
}

export function parseInterview(raw: unknown): Parsed<Interview> {
  return parse(raw, 'interview', (r, problems) => {
    const interview: Interview = {
      ...header(r),
      processId: r.text('processId', 200),
      interviewee: r.text('interviewee', journeyLimits.name),
      role: r.text('role', journeyLimits.name),
      personaId: r.nullableId('personaId'),
      date: r.text('date', 10),
      method: r.oneOf('method', interviewMethods),
      notes: r.text('notes', journeyLimits.text * 10),
      pains: r.list('pains', journeyLimits.cards, (item, path): InterviewPain => {
        const pain = new FieldReader(item, path, problems);
        return { id: pain.id('id'), text: pain.text('text', journeyLimits.text) };
      }),
      ...timestamps(r),
    };
    if (interview.date && !/^\d{4}-\d{2}-\d{2}$/.test(interview.date)) r.problem('date', 'expected YYYY-MM-DD or empty');
    duplicateIds(interview.pains).forEach((id) => r.problem('pains', `the id ${id} is used twice`));
    return interview;
  });
}

export function parseJourneyMap(raw: unknown): Parsed<JourneyMap> {
  return parse(raw, 'journeyMap', (r, problems) => {
    const map: JourneyMap = {
      ...header(r),
      processId: r.text('processId', 200),
      variantKind: r.oneOf('variantKind', variantKinds),
      personaId: r.id('personaId'),
      name: r.text('name', journeyLimits.name),
      journey: r.oneOf('journey', journeyKinds),
      interviewId: r.nullableId('interviewId'),
      plannedMapId: r.nullableId('plannedMapId'),
      stages: r.list('stages', journeyLimits.stages, (item, path) => readStage(new FieldReader(item, path, problems))),
      lanes: r.list('lanes', journeyLimits.lanes, (item, path) => readLane(new FieldReader(item, path, problems))),
      cards: r.list('cards', journeyLimits.cards, (item, path) => readCard(new FieldReader(item, path, problems), problems)),
      revision: r.number('revision', 0, Number.MAX_SAFE_INTEGER),
      ...timestamps(r),
    };
    for (const part of ['stages', 'lanes', 'cards'] as const) duplicateIds(map[part]).forEach((id) => r.problem(part, `the id ${id} is used twice`));
    const stages = new Set(map.stages.map((s) => s.id));
    const lanes = new Set(map.lanes.map((l) => l.id));
    map.cards.forEach((card, index) => {
      if (!stages.has(card.stageId)) r.problem(`cards[${index}].stageId`, `no stage ${card.stageId}`);
      if (!lanes.has(card.laneId)) r.problem(`cards[${index}].laneId`, `no lane ${card.laneId}`);
    });
    return map;
  });
}

export const isPersona = (raw: unknown): raw is Persona => parsePersona(raw).ok;
export const isInterview = (raw: unknown): raw is Interview => parseInterview(raw).ok;
export const isJourneyMap = (raw: unknown): raw is JourneyMap => parseJourneyMap(raw).ok;

function parse<T>(raw: unknown, what: string, read: (reader: FieldReader, problems: string[]) => T): Parsed<T> {
  const problems: string[] = [];
  const reader = new FieldReader(raw, '', problems);
  const version = reader.raw('formatVersion');
  // A newer format is refused as a whole: reading it field by field would only list symptoms.
  if (version !== journeyFormatVersion) return { ok: false, problems: [`${what}.formatVersion: expected ${journeyFormatVersion}, found ${String(version)}`] };
  const value = read(reader, problems);
  return problems.length ? { ok: false, problems: problems.map((p) => `${what}.${p}`) } : { ok: true, value };
}

function header(r: FieldReader) {
  return { formatVersion: journeyFormatVersion, id: r.id('id'), projectId: r.text('projectId', 200) };
}

function timestamps(r: FieldReader) {
  return { createdAt: r.number('createdAt', 0, maxTimestamp), updatedAt: r.number('updatedAt', 0, maxTimestamp) };
}

function readStage(r: FieldReader): JourneyStage {
  return { id: r.id('id'), title: r.text('title', journeyLimits.name), links: r.texts('links', journeyLimits.links, 200) };
}

function readLane(r: FieldReader): JourneyLane {
  return { id: r.id('id'), kind: r.oneOf('kind', laneKinds), title: r.text('title', journeyLimits.name), hidden: r.bool('hidden') };
}

function readCard(r: FieldReader, problems: string[]): JourneyCard {
  const painRaw = r.raw('pain');
  const pain = painRaw === null ? null : new FieldReader(painRaw, r.at('pain'), problems);
  return {
    id: r.id('id'),
    stageId: r.id('stageId'),
    laneId: r.id('laneId'),
    text: r.text('text', journeyLimits.text),
    channel: r.nullableOneOf('channel', journeyChannels),
    initiator: r.nullableOneOf('initiator', initiators),
    agency: r.text('agency', journeyLimits.name),
    documents: r.texts('documents', journeyLimits.documents, journeyLimits.name),
    inPersonVisit: r.bool('inPersonVisit'),
    clientMinutes: r.number('clientMinutes', 0, maxMinutes),
    waitingDays: r.number('waitingDays', 0, maxDays),
    waitingUnit: r.oneOf('waitingUnit', waitingUnits),
    emotion: r.nullableOneOf('emotion', emotions),
    pain: pain && { quote: pain.text('quote', journeyLimits.text), interviewId: pain.nullableId('interviewId') },
    links: r.texts('links', journeyLimits.links, 200),
    plannedCardId: r.nullableId('plannedCardId'),
  };
}
