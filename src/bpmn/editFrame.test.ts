// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditFrame } from './editFrame';

describe('EditFrame', () => {
  let frames = 0;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const request = window.requestAnimationFrame;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames += 1;
      return request(callback);
    });
    frames = 0;
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    // The task after a frame (afterNextPaint); far short of its one-second cap.
    await vi.advanceTimersByTimeAsync(1);
    return done;
  };

  it('waits for the frame of the last edit, asked for when the edit was made', async () => {
    // given
    const frame = new EditFrame();

    // when
    frame.edited();

    // then
    expect(frames).toBe(1);
    expect(await settled(frame.painted())).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(await settled(frame.painted())).toBe(true);
  });

  it('asks for no frame of its own once the edit is painted, nor before any edit', async () => {
    // given
    const frame = new EditFrame();
    expect(await settled(frame.painted())).toBe(true);
    frame.edited();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);

    // when
    const painted = await settled(frame.painted());

    // then
    expect(painted).toBe(true);
    expect(frames).toBe(1);
  });

  it('waits for the newer edit when another came before the first was painted', async () => {
    // given
    const frame = new EditFrame();
    frame.edited();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);

    // when
    frame.edited();

    // then
    expect(await settled(frame.painted())).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(await settled(frame.painted())).toBe(true);
  });
});
