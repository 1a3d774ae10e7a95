import { describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../../test/journeySamples';
import { compareJourneys } from './comparison';

describe('journeys in the comparison of variants', () => {
  it('per persona: each variant’s oldest planned map, and "from N to M" for each pair that has both', async () => {
    const asIs = { ...(await generatedSampleMap('birth-registration/as-is')), createdAt: 1 };
    const toBe = { ...(await generatedSampleMap('birth-registration/to-be')), id: 'to-be', createdAt: 2 };
    const laterToBe = { ...toBe, id: 'later', createdAt: 3, cards: [] };
    const actual = { ...asIs, id: 'actual', journey: 'actual' as const, cards: [] };
    const [comparison, ...others] = compareJourneys([laterToBe, actual, toBe, asIs]);
    expect(others).toEqual([]);
    expect(comparison?.maps).toEqual({ asIs, toBe });
    const visits = comparison!.rows.find((row) => row.id === 'inPersonVisits')!;
    expect(visits.values).toEqual({ asIs: 4, toBe: 0 });
    expect(visits.changes).toEqual([expect.objectContaining({ fromVariant: 'asIs', toVariant: 'toBe', from: 4, to: 0, verdict: 'better' })]);
  });

  it('a persona with one map has its figures and no changes; no maps, no comparison', async () => {
    const map = { ...(await generatedSampleMap('criminal-record-certificate/to-be')), personaId: 'other' };
    const [only] = compareJourneys([map]);
    expect(only?.rows.every((row) => row.changes.length === 0 && Object.keys(row.values).join() === 'toBe')).toBe(true);
    expect(compareJourneys([])).toEqual([]);
  });
});
