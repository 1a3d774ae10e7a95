import { describe, expect, it } from 'vitest';
import { matchGroup, withOverride } from './matchOverrides';

describe('corrections of the matching', () => {
  it('keeps one word per step: a new pairing replaces what was said of either step', () => {
    const saved = [
      { oldId: 'A', newId: 'X' },
      { oldId: 'B', newId: null },
      { oldId: 'C', newId: 'Y' },
    ];
    expect(withOverride(saved, { oldId: 'A', newId: 'Y' })).toEqual([
      { oldId: 'B', newId: null },
      { oldId: 'A', newId: 'Y' },
    ]);
  });

  it('parts a pair without touching another step’s "no counterpart"', () => {
    expect(withOverride([{ oldId: 'B', newId: null }], { oldId: 'A', newId: null })).toEqual([
      { oldId: 'B', newId: null },
      { oldId: 'A', newId: null },
    ]);
  });

  it('pairs steps, events and gateways freely, lanes, pools and data only with their own kind', () => {
    expect(matchGroup('bpmn:UserTask')).toBe(matchGroup('bpmn:IntermediateCatchEvent'));
    expect(matchGroup('bpmn:Lane')).not.toBe(matchGroup('bpmn:Task'));
    expect(matchGroup('bpmn:DataStoreReference')).not.toBe(matchGroup('bpmn:DataObjectReference'));
  });
});
