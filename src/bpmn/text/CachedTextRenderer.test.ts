// @vitest-environment jsdom
import TextUtil from 'diagram-js/lib/util/Text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CachedTextRenderer from './CachedTextRenderer';

describe('CachedTextRenderer', () => {
  let layouts: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    // jsdom measures no text: 6 px a character stands in for the browser's canvas, so lines wrap by length.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      measureText: (text: string) => ({ width: text.length * 6, fontBoundingBoxAscent: 11, fontBoundingBoxDescent: 3 }),
    } as unknown as CanvasRenderingContext2D);
    layouts = vi.spyOn(TextUtil.prototype, 'layoutText');
  });

  afterEach(() => vi.restoreAllMocks());

  const box = (width: number) => ({ box: { width, height: 80 }, align: 'center-middle' as const, padding: 5 });

  it('lays a text out once for a box and style, and gives every caller a copy of its own', () => {
    const renderer = new CachedTextRenderer();
    const first = renderer.createText('Принять заявление и документы', box(100));
    const second = renderer.createText('Принять заявление и документы', box(100));

    expect(layouts).toHaveBeenCalledTimes(1);
    expect(second).not.toBe(first);
    expect(second.isEqualNode(first)).toBe(true);
    expect(first.querySelectorAll('tspan').length).toBeGreaterThan(1);
  });

  it('lays it out again in another box or style, and another text', () => {
    const renderer = new CachedTextRenderer();
    const narrow = renderer.createText('Принять заявление и документы', box(100));
    const wide = renderer.createText('Принять заявление и документы', box(300));
    const bold = renderer.createText('Принять заявление и документы', { ...box(100), style: { fontWeight: 'bold' } });
    renderer.createText('Проверить', box(100));

    expect(layouts).toHaveBeenCalledTimes(4);
    expect(wide.querySelectorAll('tspan').length).toBeLessThan(narrow.querySelectorAll('tspan').length);
    expect(bold.isEqualNode(narrow)).toBe(false);
  });

  it('lays a text out once for boxes of one size at different places, as an external label at each place', () => {
    const renderer = new CachedTextRenderer();
    const placed = (x: number, y: number) => ({ ...box(90), box: { x, y, width: 90, height: 30 } });
    const here = renderer.createText('Заявление принято', placed(100, 200));
    const there = renderer.createText('Заявление принято', placed(700, 40));
    const measured = renderer.getDimensions('Заявление принято', placed(300, 300));

    expect(layouts).toHaveBeenCalledTimes(2);
    const uncached = new TextUtil({ style: renderer.getDefaultStyle() }).layoutText('Заявление принято', placed(700, 40));
    expect(there.isEqualNode(here)).toBe(true);
    expect(there.isEqualNode(uncached.element)).toBe(true);
    expect(measured).toEqual(uncached.dimensions);
  });

  it('keeps what it laid out as laid out when a caller changes its copy', () => {
    const renderer = new CachedTextRenderer();
    const first = renderer.createText('Выдать результат', box(100));
    // As bpmn-js's renderer does with every label it draws.
    first.classList.add('djs-label');
    first.querySelector('tspan')!.textContent = 'changed';

    const second = renderer.createText('Выдать результат', box(100));
    expect(second.classList.contains('djs-label')).toBe(false);
    expect(second.querySelector('tspan')!.textContent).toBe('Выдать ');
  });

  it('measures a text once for the same options, and gives copies of its dimensions', () => {
    const renderer = new CachedTextRenderer();
    const first = renderer.getDimensions('Зарегистрировать', box(100));
    first.width = 0;
    const second = renderer.getDimensions('Зарегистрировать', box(100));

    expect(layouts).toHaveBeenCalledTimes(1);
    expect(second.width).toBeGreaterThan(0);
    expect(renderer.getDimensions('Зарегистрировать', box(50))).not.toEqual(second);
  });

  it('keeps a bounded number of laid-out texts, starting afresh past it', () => {
    const renderer = new CachedTextRenderer();
    renderer.createText('Шаг 0', box(100));
    for (let i = 1; i <= 2_000; i++) renderer.createText(`Шаг ${i}`, box(100));
    layouts.mockClear();

    renderer.createText('Шаг 0', box(100));
    expect(layouts).toHaveBeenCalledTimes(1);
  });
});
