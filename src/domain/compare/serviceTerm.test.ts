import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../test/fixtures/compare/compareFixtures';
import { stepSides } from './executorSide';
import { fitDuration } from './fitDuration';
import { computeServiceTerm } from './serviceTerm';
import { computeTerm } from './term';

const minutes = (m: number) => m / 480;

async function sampleTerms(folder: 'birth-registration' | 'criminal-record-certificate') {
  const { facts, dictionary } = await loadSample(folder);
  return (kind: keyof typeof facts, bounds?: { start: string | null; end: string | null }) => computeServiceTerm(facts[kind], stepSides(facts[kind], dictionary), bounds);
}

describe('the service term of the samples, between the provider’s first and last steps unless marked', () => {
  it('birth registration: from the registrar’s check to the printed certificate, then minutes once systems do it', async () => {
    const term = await sampleTerms('birth-registration');
    const asIs = term('asIs');
    // Check 30 min + 1 h queue, enter 40 min, approve 15 min + 1 day, print 20 min; the "Нет" branch leads back.
    expect(asIs).toMatchObject({ startId: 'Task_CheckDocuments', endId: 'Task_IssueBirthCertificate', basis: 'provider', unmarkedGateways: [] });
    expect(asIs.typical?.workingDays).toBeCloseTo(1 + minutes(165), 12);
    expect(asIs.longest?.workingDays).toBeCloseTo(1 + minutes(165), 12);
    expect(fitDuration(asIs.typical!.workingDays, true)).toEqual({ value: 2, unit: 'workingDays' });
    // To-be: the hospital's record starts it and an SMS asks the parent; the term starts at the check
    // after the parent's application. The data checks out (the default flow) in three automatic
    // minutes, then the composite services run in parallel (the benefit: 20 min and a 2-hour wait)
    // and the results are sent; a discrepancy would add 30 min and a 2-hour wait.
    const toBe = term('toBe');
    expect(toBe).toMatchObject({ startId: 'Task_CheckDocuments', endId: 'Task_NotifyResult' });
    expect(toBe.typical?.path.slice(0, 4)).toEqual(['Task_CheckDocuments', 'Gateway_DocsOk', 'Task_EnterBirthRecord', 'Task_IssueBirthCertificate']);
    expect(toBe.typical?.workingDays).toBeCloseTo(minutes(3 + 140 + 1), 12);
    expect(toBe.longest?.workingDays).toBeCloseTo(minutes(153 + 140 + 1), 12);
    expect([fitDuration(toBe.typical!.workingDays, true), fitDuration(toBe.longest!.workingDays, true)]).toEqual([
      { value: 3, unit: 'hours' },
      { value: 5, unit: 'hours' },
    ]);
    expect(term('toBe', { start: null, end: 'Task_IssueBirthCertificate' }).typical?.workingDays).toBeCloseTo(minutes(3), 12);
    // Optimal: the record, the three services in parallel and the notice, a minute each.
    expect(term('optimal')).toMatchObject({ startId: 'Task_EnterBirthRecord', endId: 'Task_NotifyResult' });
    expect(term('optimal').typical?.workingDays).toBeCloseTo(minutes(3), 12);
  });

  it('criminal record certificate: the rare manual check makes the longest term, not the typical one', async () => {
    const term = await sampleTerms('criminal-record-certificate');
    const asIs = term('asIs');
    // ЦОН operator accepts (the provider's front office) … and prints: 160 minutes of work and three one-day waits; the archive check adds 1 h and 5 days.
    expect(asIs).toMatchObject({ startId: 'Task_CheckDocuments', endId: 'Task_PrintCertificate', basis: 'provider' });
    expect(asIs.typical?.workingDays).toBeCloseTo(3 + minutes(160), 12);
    expect(asIs.longest?.workingDays).toBeCloseTo(8 + minutes(220), 12);
    const toBe = term('toBe');
    // The portal accepts the request (its lane is the provider's: the certificate is sent from it).
    // The flow probabilities (0.97 against 0.03) make the automatic path typical: six minutes.
    expect(toBe).toMatchObject({ startId: 'Task_AcceptApplication', endId: 'Task_SendCertificate', unmarkedGateways: [] });
    expect(toBe.typical?.workingDays).toBeCloseTo(minutes(6), 12);
    expect(toBe.longest?.workingDays).toBeCloseTo(5 + minutes(66), 12);
    expect([fitDuration(toBe.typical!.workingDays, true), fitDuration(toBe.longest!.workingDays, true)]).toEqual([
      { value: 6, unit: 'minutes' },
      { value: 6, unit: 'workingDays' },
    ]);
  });

  it('runs between the steps the team marked, and says when the end cannot be reached from the start', async () => {
    const term = await sampleTerms('criminal-record-certificate');
    const whole = term('asIs', { start: 'Task_SubmitApplication', end: 'Task_CollectCertificate' });
    // Filing (30 min + 1 h) and collecting (1 h + 1 day) added to the provider's part.
    expect(whole).toMatchObject({ basis: 'marked', startId: 'Task_SubmitApplication', endId: 'Task_CollectCertificate', defaults: { start: 'Task_CheckDocuments', end: 'Task_PrintCertificate' } });
    expect(whole.typical?.workingDays).toBeCloseTo(4 + minutes(160 + 90 + 60), 12);
    expect(term('asIs', { start: 'Task_PrintCertificate', end: 'Task_CheckDocuments' })).toMatchObject({ typical: null, longest: null });
    // A mark that names no step of the variant (deleted since) falls back to the default.
    expect(term('asIs', { start: 'Task_Gone', end: null })).toMatchObject({ basis: 'provider', startId: 'Task_CheckDocuments' });
  });

  it('without any provider step known, runs over the whole process, as the client’s time does', async () => {
    const { facts } = await loadSample('criminal-record-certificate');
    const term = computeServiceTerm(facts.asIs, new Map());
    expect(term).toMatchObject({ basis: 'process', startId: null, endId: null, defaults: { start: null, end: null } });
    expect(term.typical).toEqual(computeTerm(facts.asIs, 'typical'));
    expect(term.candidates.map((step) => step.id)).toEqual([
      'Task_SubmitApplication', 'Task_CheckDocuments', 'Task_AcceptApplication', 'Task_SendRequest', 'Task_CheckRecords', 'Task_AdditionalCheck',
      'Task_PrepareCertificate', 'Task_ApproveCertificate', 'Task_SendCertificate', 'Task_PrintCertificate', 'Task_CollectCertificate',
    ]);
  });
});
