import { useTranslation } from 'react-i18next';
import { curvePoints, emotionY, mapGeometry } from '../../domain/journey/curve';
import { emotions } from '../../domain/journey/model';
import { signed } from './emotion';

interface Props {
  values: (number | null)[];
  /** Another map's curve drawn over this one (the as-is under the to-be), and what it is. */
  overlay?: { values: (number | null)[]; label: string } | null;
  label: string;
}

/** The emotion curve across the stages, as SVG; one column per stage, as the grid above it. */
export function EmotionCurve({ values, overlay, label }: Props) {
  const { t } = useTranslation();
  const width = Math.max(1, values.length) * mapGeometry.stageWidth;
  const height = mapGeometry.curveHeight;
  const points = curvePoints(values, width);
  const other = overlay ? curvePoints(overlay.values, width) : [];
  const line = (list: { x: number; y: number }[]) => list.map((p) => `${p.x},${p.y}`).join(' ');
  const described = points.map((p) => `${p.index + 1}: ${signed(Math.round(p.value * 10) / 10)}`).join(', ');
  return (
    <svg className="emotion-curve" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}. ${described || t('journey.emotion.none')}`} data-testid="emotion-curve">
      {emotions.map((value) => (
        <line key={value} x1={0} x2={width} y1={emotionY(value)} y2={emotionY(value)} className={value === 0 ? 'emotion-curve__zero' : 'emotion-curve__grid'} />
      ))}
      {other.length > 0 && <polyline points={line(other)} className="emotion-curve__overlay" data-testid="emotion-overlay" />}
      {other.map((p) => (
        <circle key={`o${p.index}`} cx={p.x} cy={p.y} r={3} className="emotion-curve__overlay-point" />
      ))}
      {points.length > 1 && <polyline points={line(points)} className="emotion-curve__line" />}
      {points.map((p) => (
        <circle key={p.index} cx={p.x} cy={p.y} r={5} className="emotion-curve__point">
          <title>{signed(Math.round(p.value * 10) / 10)}</title>
        </circle>
      ))}
      {points.length === 0 && (
        <text x={8} y={height / 2 - 6} className="emotion-curve__empty">
          {t('journey.emotion.hint')}
        </text>
      )}
    </svg>
  );
}
