/**
 * The badge icons, drawn as tiny inline SVGs so they look the same on every system (Debian's default
 * fonts have no emoji). Built with createElementNS from the constant shapes below; no markup strings.
 */
export type BadgeKind = 'documents' | 'manualFields' | 'inPerson' | 'approval';

const SVG = 'http://www.w3.org/2000/svg';

type Shape = { tag: 'path' | 'circle' | 'rect'; attrs: Record<string, string> };

const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.25', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
const solid = { fill: 'currentColor', stroke: 'none' };

/**
 * 12×12 drawings: a page with a folded corner, a pencil, a person, a seal with a check mark (a rubber
 * stamp was tried and is an unreadable blob at 100% zoom).
 */
const shapes: Record<BadgeKind, Shape[]> = {
  documents: [
    { tag: 'path', attrs: { ...stroke, d: 'M2.75 1.25h4.25l2.5 2.5v7h-6.75z' } },
    { tag: 'path', attrs: { ...stroke, d: 'M7 1.25v2.5h2.5M4.5 6.5h3.25M4.5 8.5h3.25' } },
  ],
  manualFields: [
    { tag: 'path', attrs: { ...stroke, d: 'M1.75 10.25l.6-2.35 5.9-5.9a1.2 1.2 0 0 1 1.7 1.7l-5.9 5.9z' } },
    { tag: 'path', attrs: { ...stroke, d: 'M7.4 2.85l1.75 1.75' } },
  ],
  inPerson: [
    { tag: 'circle', attrs: { ...solid, cx: '6', cy: '3', r: '2' } },
    { tag: 'path', attrs: { ...solid, d: 'M1.75 11.25c0-2.6 1.9-4.5 4.25-4.5s4.25 1.9 4.25 4.5z' } },
  ],
  approval: [
    { tag: 'circle', attrs: { ...solid, cx: '6', cy: '6', r: '5.4' } },
    { tag: 'path', attrs: { ...stroke, stroke: '#fff', 'stroke-width': '1.5', d: 'M3.4 6.2l1.8 1.8 3.5-3.7' } },
  ],
};

export function createBadgeIcon(document: Document, kind: BadgeKind): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 12 12');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'rw-step-badge__icon');
  appendBadgeShapes(document, svg, kind);
  return svg;
}

/** Draws the badge's 12×12 shapes into `parent` (an icon's <svg>, or a <g> of an exported diagram). */
export function appendBadgeShapes(document: Document, parent: SVGElement, kind: BadgeKind): void {
  for (const { tag, attrs } of shapes[kind]) {
    const child = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) child.setAttribute(name, value);
    parent.appendChild(child);
  }
}
