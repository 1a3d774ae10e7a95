import { describe, expect, it } from 'vitest';
import type { StepData } from '../stepData/stepData';
import { diffStepData } from './stepDataDiff';

const step = (data: Partial<StepData>): StepData => ({ approval: false, collegial: false, inPersonVisit: false, documents: [], fields: [], systems: [], integrations: [], ...data });

describe('step data diff', () => {
  it('is null when nothing changed, including no data against default data', () => {
    expect(diffStepData(step({ fields: [{ ref: 'f', entry: 'manual' }] }), step({ fields: [{ ref: 'f', entry: 'manual' }] }))).toBeNull();
    expect(diffStepData(null, step({}))).toBeNull();
  });

  it('lists uses added, removed and changed by ref, documents by ref and direction', () => {
    const before = step({
      documents: [
        { ref: 'doc-a', direction: 'input', form: 'paperOriginal', providedBy: 'applicant' },
        { ref: 'doc-b', direction: 'input' },
      ],
      fields: [{ ref: 'iin', entry: 'manual' }],
      systems: [{ ref: 'sys-1', access: 'read' }],
    });
    const after = step({
      documents: [
        { ref: 'doc-a', direction: 'input', form: 'formOfInformation', providedBy: 'informationSystem' },
        { ref: 'doc-b', direction: 'output' },
      ],
      fields: [{ ref: 'iin', entry: 'system', system: 'sys-gbdfl' }],
      integrations: [{ from: 'sys-1', to: 'sys-gbdfl' }],
    });
    const diff = diffStepData(before, after)!;
    expect(diff.documents).toEqual({
      added: [{ ref: 'doc-b', direction: 'output' }],
      removed: [{ ref: 'doc-b', direction: 'input' }],
      changed: [{ before: before.documents[0], after: after.documents[0] }],
    });
    expect(diff.fields.changed).toEqual([{ before: { ref: 'iin', entry: 'manual' }, after: { ref: 'iin', entry: 'system', system: 'sys-gbdfl' } }]);
    expect(diff.systems.removed).toEqual([{ ref: 'sys-1', access: 'read' }]);
    expect(diff.integrations.added).toEqual([{ from: 'sys-1', to: 'sys-gbdfl' }]);
    expect(diff.scalars).toEqual([]);
  });

  it('reports scalar annotations with null for a missing value', () => {
    const diff = diffStepData(
      step({ approval: true, stepKind: 'manual', normTime: { value: 2, unit: 'hours' }, channel: 'serviceCentre', executorRole: 'Оператор' }),
      step({ stepKind: 'automatic', normTime: { value: 5, unit: 'minutes' }, channel: 'portal', executorRole: 'Оператор' }),
    );
    expect(diff?.scalars).toEqual([
      { key: 'stepKind', before: 'manual', after: 'automatic' },
      { key: 'approval', before: true, after: false },
      { key: 'channel', before: 'serviceCentre', after: 'portal' },
      { key: 'normTime', before: { value: 2, unit: 'hours' }, after: { value: 5, unit: 'minutes' } },
    ]);
  });

  it('counts all the data of a removed step as removed', () => {
    const diff = diffStepData(step({ collegial: true, documents: [{ ref: 'doc-a', direction: 'input' }] }), null);
    expect(diff?.documents.removed).toEqual([{ ref: 'doc-a', direction: 'input' }]);
    expect(diff?.scalars).toEqual([{ key: 'collegial', before: true, after: false }]);
  });
});
