import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../../storage/variantSaver';
import { savingShownAfterMs, savingShownLate } from './savingShownLate';

describe('savingShownLate', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const shower = () => {
    const shown: SaveStatus[] = [];
    return { shown, late: savingShownLate((status) => shown.push(status)) };
  };

  it('a quick save goes from pending to saved without saying «saving»', () => {
    const { shown, late } = shower();
    late.status('pending');
    late.status('saving');
    vi.advanceTimersByTime(savingShownAfterMs - 1);
    late.status('saved');
    vi.advanceTimersByTime(savingShownAfterMs * 2);
    expect(shown).toEqual(['pending', 'saved']);
  });

  it('a slow save says «saving» once, after the delay, then how it ended', () => {
    const { shown, late } = shower();
    late.status('saving');
    vi.advanceTimersByTime(savingShownAfterMs / 2);
    late.status('saving');
    vi.advanceTimersByTime(savingShownAfterMs);
    expect(shown).toEqual(['saving']);
    late.status('error');
    expect(shown).toEqual(['saving', 'error']);
  });

  it('says nothing more once stopped', () => {
    const { shown, late } = shower();
    late.status('saving');
    late.stop();
    vi.advanceTimersByTime(savingShownAfterMs * 2);
    expect(shown).toEqual([]);
  });
});
