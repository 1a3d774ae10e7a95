// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PainterMessage } from './paintText';

/** What the page sent the painting worker; jsdom has neither workers nor OffscreenCanvas, so both are stood in for. */
let sent: PainterMessage[] = [];

describe('PaintedText handed to the painting worker', () => {
  beforeEach(() => {
    sent = [];
    vi.stubGlobal(
      'Worker',
      class {
        postMessage(message: PainterMessage) {
          sent.push(message);
        }
      },
    );
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }));
    const transferred = new WeakSet<HTMLCanvasElement>();
    // As in browsers, a canvas can be handed over once only.
    HTMLCanvasElement.prototype.transferControlToOffscreen = function (this: HTMLCanvasElement) {
      if (transferred.has(this)) throw new DOMException('Cannot transfer control from a canvas for more than one time.', 'InvalidStateError');
      transferred.add(this);
      return { offscreen: true } as unknown as OffscreenCanvas;
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) } as unknown as CanvasRenderingContext2D);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });

  it("hands its canvas over once, even when React's strict mode mounts it twice, paints there, and lets it go when unmounted", async () => {
    const { PaintedText } = await import('./PaintedText');
    const { rerender, unmount } = render(
      <StrictMode>
        <PaintedText text="Сохранено" color="#333" texts={['Сохранено', 'Есть несохранённые изменения']} testId="status" />
      </StrictMode>,
    );
    expect(screen.getByRole('img', { name: 'Сохранено' })).toBe(screen.getByTestId('status'));
    await new Promise((resolve) => setTimeout(resolve));
    const handedOver = sent.filter((m) => 'canvas' in m);
    expect(handedOver).toHaveLength(1);
    const id = handedOver[0]!.id;
    expect(sent.filter((m) => 'release' in m)).toEqual([]);
    expect(sent.filter((m) => 'painting' in m).map((m) => 'painting' in m && [m.id, m.painting.text])).toContainEqual([id, 'Сохранено']);

    rerender(
      <StrictMode>
        <PaintedText text="Есть несохранённые изменения" color="#333" texts={['Сохранено', 'Есть несохранённые изменения']} testId="status" />
      </StrictMode>,
    );
    const last = sent.at(-1)!;
    expect('painting' in last && [last.id, last.painting.text, last.painting.width]).toEqual([id, 'Есть несохранённые изменения', 28 * 7 + 1]);

    unmount();
    await new Promise((resolve) => setTimeout(resolve));
    expect(sent.at(-1)).toEqual({ id, release: true });
  });
});
