import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WrittenXml } from '../../../storage/variantSaver';
import { checkAfterPause } from './checkAfterPause';

const saverWith = (storedXml: string, hasPendingChanges = false) => ({
  hasPendingChanges,
  holds: ({ xml }: WrittenXml) => xml === storedXml,
  schedule: vi.fn<(read: () => Promise<WrittenXml>) => void>(),
});
const written = (xml: string): WrittenXml => ({ xml, pieces: [xml] });

describe('the check of saves once editing pauses', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves the whole text when the last save missed a change, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saver = saverWith('<missed/>');
    const checks = checkAfterPause(saver, async () => written('<whole/>'), 1000);
    checks.saved();
    await vi.advanceTimersByTimeAsync(999);
    expect(saver.schedule).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(saver.schedule).toHaveBeenCalledTimes(1);
    expect(await saver.schedule.mock.calls[0]![0]()).toEqual(written('<whole/>'));
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('does nothing when the save was whole, when edits wait to be saved, when an edit stopped the check, or once stopped', async () => {
    const same = saverWith('<same/>');
    checkAfterPause(same, async () => written('<same/>'), 10).saved();
    const pending = saverWith('<old/>', true);
    const writeAll = vi.fn(async () => written('<new/>'));
    checkAfterPause(pending, writeAll, 10).saved();
    const interrupted = saverWith('<old/>');
    checkAfterPause(interrupted, async () => null, 10).saved();
    const stopped = saverWith('<old/>');
    const checks = checkAfterPause(stopped, async () => written('<new/>'), 10);
    checks.saved();
    checks.stop();
    await vi.advanceTimersByTimeAsync(20);
    expect(writeAll).not.toHaveBeenCalled();
    for (const saver of [same, pending, interrupted, stopped]) expect(saver.schedule).not.toHaveBeenCalled();
  });

  it('waits for the pause after the last save', async () => {
    const saver = saverWith('<missed/>');
    const writeAll = vi.fn(async () => written('<missed/>'));
    const checks = checkAfterPause(saver, writeAll, 1000);
    checks.saved();
    await vi.advanceTimersByTimeAsync(600);
    checks.saved();
    await vi.advanceTimersByTimeAsync(600);
    expect(writeAll).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(writeAll).toHaveBeenCalledTimes(1);
  });
});
