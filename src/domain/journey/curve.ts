/** Where a map is drawn: one column per stage, the emotion curve in a band as wide as the stages. */
export const mapGeometry = { stageWidth: 200, laneHeaderWidth: 170, curveHeight: 120, curvePadding: 14 } as const;

export interface CurvePoint {
  x: number;
  y: number;
  value: number;
  /** The stage's index among the curve's stages. */
  index: number;
}

/**
 * The emotion curve (−2 at the bottom, +2 at the top) over a band `width` wide: each stage's
 * point at the middle of its column. Stages with no rated card have no point; the line joins the
 * points there are. A curve of another map with other stages spreads over the same width, so the
 * as-is and to-be curves can be drawn over each other.
 */
export function curvePoints(values: readonly (number | null)[], width: number, height = mapGeometry.curveHeight, padding = mapGeometry.curvePadding): CurvePoint[] {
  const column = values.length ? width / values.length : 0;
  return values.flatMap((value, index) => (value === null ? [] : [{ x: column * (index + 0.5), y: emotionY(value, height, padding), value, index }]));
}

export function emotionY(value: number, height = mapGeometry.curveHeight, padding = mapGeometry.curvePadding): number {
  return padding + ((2 - value) / 4) * (height - 2 * padding);
}
