import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly';

describe('latestOnly', () => {
  it('runs one call at a time and only the latest of those that waited', async () => {
    const started: number[] = [];
    const gates = new Map<number, () => void>();
    const work = latestOnly((n: number) => {
      started.push(n);
      return new Promise<number>((resolve) => gates.set(n, () => resolve(n * 10)));
    });
    const first = work(1);
    const second = work(2);
    const third = work(3);
    expect(started).toEqual([1]);
    expect(await second).toBeNull();
    gates.get(1)!();
    expect(await first).toBe(10);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([1, 3]);
    gates.get(3)!();
    expect(await third).toBe(30);
  });

  it('passes a failure to its caller and goes on with the next call', async () => {
    const work = latestOnly(async (n: number) => {
      if (n === 1) throw new Error('broken');
      return n;
    });
    const failed = work(1);
    const next = work(2);
    await expect(failed).rejects.toThrow('broken');
    expect(await next).toBe(2);
  });
});
