import { appendBadgeShapes, type BadgeKind } from './badgeIcons';

const SVG = 'http://www.w3.org/2000/svg';

/** The colours and sizes of badges.css, for the SVG a diagram is exported as (overlays are HTML and are not in it). */
const colors: Record<BadgeKind, string> = { documents: '#1f5f99', manualFields: '#a34e00', inPerson: '#6b3fa0', approval: '#2a6a2a' };
const font = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif", size: 11, weight: 600 };
const height = 18;
const padding = 5;
const gap = 5;
const icon = 12;

/** Measures the width of a count as the SVG will set it. */
export type MeasureText = (text: string, fontSpec: string) => number;

function create<K extends keyof SVGElementTagNameMap>(document: Document, tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/**
 * A step's badges drawn in SVG at (x, y) in diagram coordinates: the white pill with an icon per badge
 * and a count where there is one, laid out as the HTML overlay is (badges.css).
 */
export function badgesSvg(document: Document, badges: { kind: BadgeKind; count?: number; title: string }[], x: number, y: number, measure: MeasureText): SVGGElement {
  const group = create(document, 'g', { class: 'rw-step-badges-export', transform: `translate(${x} ${y})` });
  const title = create(document, 'title', {});
  title.textContent = badges.map((b) => b.title).join('; ');
  group.appendChild(title);
  const pill = create(document, 'rect', { x: 0.5, y: 0.5, height: height - 1, rx: (height - 1) / 2, fill: '#fff', stroke: '#aeb5bd' });
  group.appendChild(pill);
  let left = padding;
  for (const badge of badges) {
    const iconGroup = create(document, 'g', { transform: `translate(${left} ${(height - icon) / 2})`, color: colors[badge.kind] });
    appendBadgeShapes(document, iconGroup, badge.kind);
    group.appendChild(iconGroup);
    left += icon;
    if (badge.count !== undefined) {
      const text = String(badge.count);
      const label = create(document, 'text', { x: left + 2, y: 13, fill: '#1b1f23', 'font-family': font.family, 'font-size': font.size, 'font-weight': font.weight });
      label.textContent = text;
      group.appendChild(label);
      left += 2 + measure(text, `${font.weight} ${font.size}px ${font.family}`);
    }
    left += gap;
  }
  pill.setAttribute('width', String(left - gap + padding - 1));
  return group;
}
