import { describe, expect, it } from 'vitest';
import { counterIds, generatedSampleMap } from '../../../test/journeySamples';
import { copyJourneyRecords, parseJourneyRecords } from './records';

describe('journey records as a set', () => {
  it('a copy into another project drops the records of processes not copied', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const copy = copyJourneyRecords({ personas: [], interviews: [], maps: [map, { ...map, id: 'other', processId: 'not-copied' }] }, { projectId: 'p2', processId: (id) => (id === 'pr1' ? 'pr2' : undefined), newId: counterIds(), now: 5 });
    expect(copy.maps.map((m) => [m.id, m.processId, m.projectId, m.createdAt])).toEqual([['id1', 'pr2', 'p2', 5]]);
  });

  it('reads a file of records and names the records that do not pass', async () => {
    const map = await generatedSampleMap('birth-registration/to-be');
    expect(parseJourneyRecords({ formatVersion: 1, personas: [], interviews: [], maps: [map] })).toEqual({ ok: true, value: { personas: [], interviews: [], maps: [map] } });
    const parsed = parseJourneyRecords({ formatVersion: 1, personas: [{ formatVersion: 1 }], interviews: [], maps: [] });
    expect(parsed.ok).toBe(false);
    expect(parseJourneyRecords({ formatVersion: 7 }).ok).toBe(false);
  });
});
