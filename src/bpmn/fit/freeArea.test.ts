import { describe, expect, it } from 'vitest';
import { farthestZoom, fitMargin, freeArea, scaleToFit, union, viewboxFraming, viewboxFromStart } from './freeArea';

const canvas = { width: 800, height: 600 };
const palette = { x: 20, y: 20, width: 94, height: 336 };

describe('the free area of the canvas', () => {
  it('starts right of the palette and below the minimap button, which costs a strip along the top', () => {
    const area = freeArea(canvas, { palette, minimap: { x: 620, y: 20, width: 160, height: 38 } });
    expect(area.x).toBe(114 + fitMargin);
    expect(area.y).toBe(58 + fitMargin / 2);
    expect(area.x + area.width).toBe(800 - fitMargin);
  });

  it('keeps a column left of an open minimap when that leaves more room', () => {
    const area = freeArea({ width: 1600, height: 400 }, { palette, minimap: { x: 1260, y: 20, width: 320, height: 300 } });
    expect(area.x + area.width).toBe(1260 - fitMargin / 2);
    expect(area.y).toBe(fitMargin);
  });
});

describe('framing a diagram', () => {
  it('centres it in the free area at the zoom that fits, and both halves of a side-by-side view fit the wider diagram', () => {
    const area = freeArea(canvas, { palette });
    const diagram = union([
      { x: 100, y: 100, width: 300, height: 100 },
      { x: 100, y: 80, width: 1900, height: 120 },
    ])!;
    const scale = Math.min(1, scaleToFit(diagram, area));
    const box = viewboxFraming(diagram, area, canvas, scale);
    const toScreen = (x: number) => (x - box.x) * scale;
    expect(toScreen(diagram.x)).toBeCloseTo(area.x);
    expect(toScreen(diagram.x + diagram.width)).toBeCloseTo(area.x + area.width);
    expect(box.width / box.height).toBeCloseTo(canvas.width / canvas.height);
  });

  it("shows a diagram too large to fit at the wheel's furthest zoom from its beginning, at the top left of the free area", () => {
    const area = freeArea(canvas, { palette });
    const diagram = { x: 100, y: 60, width: 2900, height: 300_000 };
    expect(scaleToFit(diagram, area)).toBeLessThan(farthestZoom);
    const box = viewboxFromStart(diagram, area, canvas, farthestZoom);
    const toScreen = (x: number, y: number) => [(x - box.x) * farthestZoom, (y - box.y) * farthestZoom];
    expect(toScreen(diagram.x, diagram.y)[0]).toBeCloseTo(area.x);
    expect(toScreen(diagram.x, diagram.y)[1]).toBeCloseTo(area.y);
    expect(box.width * farthestZoom).toBeCloseTo(canvas.width);
  });
});
