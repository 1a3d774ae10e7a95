import { describe, expect, it } from 'vitest';
import type { StepData } from '../../domain/stepData/stepData';
import { emptyStepData } from '../../domain/stepData/writeStepData';
import { badgeCounts, hasBadges, noBadges } from './badgeCounts';

const step = (data: Partial<StepData>): StepData => ({ ...emptyStepData, ...data });

describe('badgeCounts', () => {
  it('shows nothing for a step without data', () => {
    // given / when
    const counts = badgeCounts(null);

    // then
    expect(counts).toEqual(noBadges);
    expect(hasBadges(counts)).toBe(false);
  });

  it('shows nothing for empty step data', () => {
    expect(badgeCounts(emptyStepData)).toEqual(noBadges);
    expect(hasBadges(badgeCounts(emptyStepData))).toBe(false);
  });

  it('counts every document use, input and output', () => {
    // given
    const data = step({
      documents: [
        { ref: 'doc-id-card', direction: 'input', form: 'paperOriginal', providedBy: 'applicant' },
        { ref: 'doc-application', direction: 'output', form: 'electronic' },
        { ref: 'doc-id-card', direction: 'output' },
      ],
    });

    // when
    const counts = badgeCounts(data);

    // then
    expect(counts.documents).toBe(3);
    expect(hasBadges(counts)).toBe(true);
  });

  it('counts only the fields typed by hand', () => {
    // given
    const data = step({
      fields: [
        { ref: 'field-iin', entry: 'manual' },
        { ref: 'field-address', entry: 'system', system: 'sys-gbdfl' },
        { ref: 'field-phone', entry: 'manual' },
      ],
    });

    // when
    const counts = badgeCounts(data);

    // then
    expect(counts.manualFields).toBe(2);
    expect(counts.documents).toBe(0);
  });

  it('shows no badge for fields that all come from systems', () => {
    const counts = badgeCounts(step({ fields: [{ ref: 'field-address', entry: 'system', system: 'sys-gbdfl' }] }));

    expect(counts.manualFields).toBe(0);
    expect(hasBadges(counts)).toBe(false);
  });

  it('flags an in-person visit and an approval', () => {
    expect(badgeCounts(step({ inPersonVisit: true }))).toEqual({ ...noBadges, inPerson: true });
    expect(badgeCounts(step({ approval: true, approvalUnit: 'Руководитель' }))).toEqual({ ...noBadges, approval: true });
    expect(hasBadges(badgeCounts(step({ inPersonVisit: true })))).toBe(true);
    expect(hasBadges(badgeCounts(step({ approval: true })))).toBe(true);
  });

  it('ignores data the badges do not show', () => {
    // given: a step with systems, times and a decision but nothing badge-worthy
    const data = step({
      stepKind: 'automated',
      collegial: true,
      systems: [{ ref: 'sys-a', access: 'read' }],
      integrations: [{ from: 'sys-a', to: 'sys-b' }],
      normTime: { value: 5, unit: 'minutes' },
    });

    // then
    expect(hasBadges(badgeCounts(data))).toBe(false);
  });
});
