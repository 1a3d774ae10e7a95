import { describe, expect, it } from 'vitest';
import { fitDuration } from './fitDuration';

const minutes = (m: number) => m / 480;

describe('a term in the unit that fits', () => {
  it('takes minutes under an hour, hours under a working day, else working days', () => {
    expect(fitDuration(minutes(13), false)).toEqual({ value: 13, unit: 'minutes' });
    expect(fitDuration(minutes(59.94), false)).toEqual({ value: 59.9, unit: 'minutes' });
    expect(fitDuration(minutes(59.96), false)).toEqual({ value: 1, unit: 'hours' });
    expect(fitDuration(0.99, false)).toEqual({ value: 7.9, unit: 'hours' });
    expect(fitDuration(22.7917, false)).toEqual({ value: 22.79, unit: 'workingDays' });
    expect(fitDuration(0, false)).toEqual({ value: 0, unit: 'minutes' });
  });

  it('rounds up to whole units when stated as a service standard states it', () => {
    expect(fitDuration(minutes(12.2), true)).toEqual({ value: 13, unit: 'minutes' });
    expect(fitDuration(minutes(60), true)).toEqual({ value: 1, unit: 'hours' });
    expect(fitDuration(minutes(7 * 60 + 10), true)).toEqual({ value: 1, unit: 'workingDays' });
    expect(fitDuration(9 / 8, true)).toEqual({ value: 2, unit: 'workingDays' });
    expect(fitDuration(2 + 1e-12, true)).toEqual({ value: 2, unit: 'workingDays' });
    expect(fitDuration(22.79, true)).toEqual({ value: 23, unit: 'workingDays' });
  });
});
