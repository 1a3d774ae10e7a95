import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { counterIds, generatedSampleMap, sampleVariant } from '../../../test/journeySamples';
import { applicantCandidates, journeyDiagramFromXml } from './diagram';
import { generateJourney } from './generate';
import type { JourneyMap } from './model';

const laneKind = (map: Pick<JourneyMap, 'lanes'>, laneId: string) => map.lanes.find((lane) => lane.id === laneId)?.kind;

describe('generating a journey map from a sample diagram', () => {
  it('suggests the applicant lane of each sample by its name', async () => {
    for (const path of ['birth-registration/as-is', 'criminal-record-certificate/as-is']) {
      const { diagram } = await sampleVariant(path);
      expect(applicantCandidates(diagram).filter((c) => c.suggested).map((c) => c.id)).toEqual(['Lane_Applicant']);
    }
  });

  it('birth as-is: the parent’s steps in flow order, each linked to its step, with the four visits', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    expect(map.cards.map((card) => card.links[0])).toEqual([
      'Task_CollectDocuments',
      'Task_FillApplication',
      'Event_WaitCertificate',
      'Task_ReceiveBirthCertificate',
      'Task_ApplyAtCon',
      'Task_ApplyKindergarten',
    ]);
    expect(map.cards.filter((card) => card.inPersonVisit).map((card) => card.links[0])).toEqual([
      'Task_CollectDocuments',
      'Task_ReceiveBirthCertificate',
      'Task_ApplyAtCon',
      'Task_ApplyKindergarten',
    ]);
    // One stage per touchpoint, in the same order, for the user to group.
    expect(map.stages.map((stage) => stage.id)).toEqual(map.cards.map((card) => card.stageId));
    expect(map.stages[0]?.title).toBe('Собрать документы и лично прийти в ЗАГС');
  });

  it('birth as-is: the officer at the counter is the other side of the parent’s contact, not a card of its own', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const fill = map.cards.find((card) => card.links[0] === 'Task_FillApplication')!;
    expect(fill.links).toEqual(['Task_FillApplication', 'Task_CheckDocuments']);
    expect(fill.channel).toBe('providerOffice');
    expect(fill.agency).toBe('Отдел ЗАГС');
    expect(fill.documents).toEqual(['Заявление о регистрации рождения ребенка', 'Медицинское свидетельство о рождении', 'Удостоверение личности', 'Свидетельство о браке']);
    // The parent's 20 minutes and the registrar's 30 at the counter.
    expect(fill.clientMinutes).toBe(50);
    const con = map.cards.find((card) => card.links[0] === 'Task_ApplyAtCon')!;
    expect(con.links).toEqual(['Task_ApplyAtCon', 'Task_AcceptApplications']);
    expect(con.agency).toBe('ЦОН (Госкорпорация «Правительство для граждан»)');
  });

  it('birth as-is: contacts go to the touchpoints lane with the client as initiator; the wait is an action', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const wait = map.cards.find((card) => card.links[0] === 'Event_WaitCertificate')!;
    expect(laneKind(map, wait.laneId)).toBe('actions');
    expect(wait.initiator).toBeNull();
    // The registry office's work since the parent left the counter: entering, approving, printing.
    expect(wait.waitingDays).toBeGreaterThan(1);
    const contacts = map.cards.filter((card) => laneKind(map, card.laneId) === 'touchpoints');
    expect(contacts).toHaveLength(5);
    expect(contacts.every((card) => card.initiator === 'client')).toBe(true);
  });

  it('birth to-be: the SMS the state sends the parent is a notification touchpoint; no visit is left', async () => {
    const map = await generatedSampleMap('birth-registration/to-be');
    expect(map.cards.map((card) => [card.links[0], card.channel, card.initiator])).toEqual([
      ['Task_NotifyParentSms', 'notification', 'state'],
      ['Task_FillApplication', 'portal', 'client'],
      ['Task_NotifyResult', 'portal', 'state'],
    ]);
    expect(map.cards.some((card) => card.inPersonVisit)).toBe(false);
  });

  it('criminal record as-is: two visits to the service centre, the operator’s steps linked to them', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    expect(map.cards.map((card) => card.links)).toEqual([
      ['Event_Start'],
      ['Task_SubmitApplication', 'Task_CheckDocuments', 'Task_AcceptApplication'],
      ['Task_CollectCertificate', 'Task_PrintCertificate'],
      ['Event_End'],
    ]);
    expect(map.cards.filter((card) => card.inPersonVisit)).toHaveLength(2);
    // Between the visits the applicant waits for the check, the head's signature and the printing.
    const collect = map.cards[2]!;
    expect(collect.waitingDays).toBeGreaterThan(8);
    expect(collect.documents).toEqual(['Удостоверение личности']);
  });

  it('choosing another lane as the applicant gives that lane’s steps', async () => {
    const { diagram } = await sampleVariant('criminal-record-certificate/as-is');
    const map = generateJourney(diagram, { kind: 'lanes', ids: ['Lane_KpsisuHead'] }, { newId: counterIds() });
    expect(map.cards.filter((card) => card.initiator !== 'state').map((card) => card.links[0])).toEqual(['Task_ApproveCertificate']);
  });
});

describe('generating from pools and messages', () => {
  it('an applicant pool: its steps and events, and each message to and from the state in flow order', async () => {
    const diagram = await journeyDiagramFromXml(readFixture('journey/pools.bpmn'));
    expect(applicantCandidates(diagram).filter((c) => c.suggested).map((c) => c.id)).toEqual(['Participant_Applicant']);
    const map = generateJourney(diagram, { kind: 'pool', id: 'Participant_Applicant' }, { newId: counterIds() });
    expect(map.cards.map((card) => [card.text, card.initiator])).toEqual([
      ['Нужна услуга', null],
      ['Подать заявление на портале', 'client'],
      ['Заявление', 'client'],
      ['Уведомление о результате', 'state'],
      ['Получить уведомление', null],
      ['Услуга получена', null],
    ]);
    const result = map.cards[3]!;
    expect(result.links).toEqual(['Message_Result', 'Task_Notify']);
    expect(result.agency).toBe('Отдел образования');
    expect(result.channel).toBe('portal');
    // The review's three days of waiting and its hour of work come before the result.
    expect(result.waitingDays).toBeCloseTo(3.13, 2);
    expect(map.cards[1]!.documents).toEqual(['doc-scan']);
  });

  it('a black-box applicant pool: the messages are the touchpoints, named by the message or the state’s step', async () => {
    const diagram = await journeyDiagramFromXml(readFixture('journey/black-box.bpmn'));
    const map = generateJourney(diagram, { kind: 'pool', id: 'Participant_Client' }, { newId: counterIds() });
    expect(map.cards.map((card) => [card.text, card.initiator, card.links, card.inPersonVisit])).toEqual([
      ['Запрос', 'client', ['Message_Request', 'Task_Accept'], true],
      ['Выдать справку', 'state', ['Message_Certificate', 'Task_Issue'], true],
    ]);
    expect(map.cards.map((card) => card.agency)).toEqual(['ЦОН', 'ЦОН']);
  });

  it('no applicant chosen, or a diagram without one: an empty draft with the default lanes, never an error', async () => {
    const diagram = await journeyDiagramFromXml(readFixture('journey/pools.bpmn'));
    const map = generateJourney(diagram, { kind: 'lanes', ids: [] }, { newId: counterIds() });
    expect(map.cards).toEqual([]);
    expect(map.stages).toEqual([]);
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['actions', 'touchpoints', 'documents', 'time', 'pains', 'emotion', 'ideas']);
  });
});
