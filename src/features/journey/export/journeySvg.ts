import type { TFunction } from 'i18next';
import { curvePoints, emotionY, mapGeometry } from '../../../domain/journey/curve';
import { cellCards, takesCards } from '../../../domain/journey/edit';
import { emotions, type JourneyLane, type JourneyMap } from '../../../domain/journey/model';
import { journeyTotalIds, journeyTotals, stageEmotions } from '../../../domain/journey/totals';
import { signed } from '../emotion';
import { formatJourneyTotal } from '../formatTotals';
import { formatMinutes, laneTitle, waitingLines } from '../journeyView';

const svgNs = 'http://www.w3.org/2000/svg';
const margin = 16;
const line = 14;
const card = { height: 4 * line + 10, gap: 6 };
const colours = { grid: '#c8ccd0', header: '#e8f0f8', card: '#ffffff', pain: '#fde7e9', text: '#1b1f23', muted: '#5c6670', accent: '#1f4e79' };

export interface SvgHeading {
  title: string;
  subtitle: string;
}

/**
 * The map as a standalone SVG document: title, stages across, visible lanes down, the emotion curve
 * and the totals, in the UI's language. Built with DOM calls and text nodes, so text with markup
 * stays text. Its width and height are the map's size in CSS pixels.
 */
export function journeySvg(map: JourneyMap, heading: SvgHeading, t: TFunction, language: string): SVGSVGElement {
  const lanes = map.lanes.filter((lane) => !lane.hidden);
  const stages = Math.max(1, map.stages.length);
  const width = 2 * margin + mapGeometry.laneHeaderWidth + stages * mapGeometry.stageWidth;
  const x0 = margin + mapGeometry.laneHeaderWidth;
  const svg = element('svg', { 'font-family': 'Arial, sans-serif', 'font-size': 11 }) as SVGSVGElement;
  let y = margin;
  addText(svg, heading.title, margin, y + 16, { 'font-size': 16, 'font-weight': 'bold' });
  addText(svg, heading.subtitle, margin, y + 34, { fill: colours.muted });
  y += 48;

  const headerHeight = 3 * line + 8;
  svg.append(element('rect', { x: x0, y, width: stages * mapGeometry.stageWidth, height: headerHeight, fill: colours.header }));
  map.stages.forEach((stage, index) => addWrapped(svg, stage.title || t('journey.stage.untitled', { number: index + 1 }), x0 + index * mapGeometry.stageWidth + 6, y + 4, 3, { 'font-weight': 'bold' }));
  y += headerHeight;

  for (const lane of lanes) {
    const height = laneHeight(map, lane);
    svg.append(element('line', { x1: margin, x2: width - margin, y1: y, y2: y, stroke: colours.grid }));
    addWrapped(svg, laneTitle(t, lane), margin + 4, y + 4, Math.floor((height - 8) / line), { 'font-weight': 'bold', fill: colours.accent });
    if (lane.kind === 'emotion') drawCurve(svg, map, x0, y);
    else map.stages.forEach((stage, index) => drawCell(svg, map, lane, stage.id, x0 + index * mapGeometry.stageWidth, y, t, language));
    y += height;
  }
  svg.append(element('line', { x1: margin, x2: width - margin, y1: y, y2: y, stroke: colours.grid }));
  for (let index = 0; index <= stages; index++) {
    const x = x0 + index * mapGeometry.stageWidth;
    svg.append(element('line', { x1: x, x2: x, y1: margin + 48, y2: y, stroke: colours.grid }));
  }

  y += 8;
  addText(svg, t('journey.totals.title'), margin, y + 14, { 'font-weight': 'bold' });
  const totals = journeyTotals(map);
  journeyTotalIds.forEach((id, index) => {
    const column = index % 2;
    const row = Math.floor(index / 2);
    addText(svg, `${t(`journey.totals.${id}`)}: ${formatJourneyTotal(t, language, id, totals[id].value)}`, margin + column * 320, y + 32 + row * 16);
  });
  y += 32 + Math.ceil(journeyTotalIds.length / 2) * 16 + margin;

  for (const [name, value] of Object.entries({ width, height: y, viewBox: `0 0 ${width} ${y}` })) svg.setAttribute(name, String(value));
  svg.insertBefore(element('rect', { x: 0, y: 0, width, height: y, fill: '#ffffff' }), svg.firstChild);
  return svg;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

function laneHeight(map: JourneyMap, lane: JourneyLane): number {
  if (lane.kind === 'emotion') return mapGeometry.curveHeight;
  if (lane.kind === 'time') return 3 * line + 10;
  if (lane.kind === 'documents') {
    const most = Math.max(1, ...map.stages.map((stage) => new Set(map.cards.filter((c) => c.stageId === stage.id).flatMap((c) => c.documents)).size));
    return most * line + 10;
  }
  const most = Math.max(1, ...map.stages.map((stage) => cellCards(map, stage.id, lane.id).length));
  return most * (card.height + card.gap) + card.gap;
}

function drawCell(svg: SVGElement, map: JourneyMap, lane: JourneyLane, stageId: string, x: number, y: number, t: TFunction, language: string): void {
  const cards = map.cards.filter((c) => c.stageId === stageId);
  if (!takesCards(lane)) {
    const totals = journeyTotals({ cards, lanes: [] });
    const lines =
      lane.kind === 'documents'
        ? totals.documents.items
        : [
            totals.clientMinutes.value ? t('journey.time.client', { time: formatMinutes(t, totals.clientMinutes.value) }) : '',
            ...waitingLines(t, language, totals.waitingWorkingDays.value, totals.waitingCalendarDays.value),
          ].filter(Boolean);
    lines.forEach((text, index) => addText(svg, clip(text, 32), x + 6, y + 16 + index * line));
    return;
  }
  cellCards(map, stageId, lane.id).forEach((c, index) => {
    const top = y + card.gap + index * (card.height + card.gap);
    svg.append(element('rect', { x: x + 4, y: top, width: mapGeometry.stageWidth - 8, height: card.height, rx: 4, fill: c.pain ? colours.pain : colours.card, stroke: colours.grid }));
    const extra = [c.emotion !== null ? signed(c.emotion) : '', c.channel ? t(`journey.channel.${c.channel}`) : '', c.pain?.quote ? `«${c.pain.quote}»` : ''].filter(Boolean).join(' · ');
    addWrapped(svg, c.text, x + 10, top + 3, extra ? 3 : 4);
    if (extra) addText(svg, clip(extra, 32), x + 10, top + 4 * line + 2, { fill: colours.muted, 'font-style': 'italic' });
  });
}

function drawCurve(svg: SVGElement, map: JourneyMap, x0: number, y: number): void {
  const width = Math.max(1, map.stages.length) * mapGeometry.stageWidth;
  for (const value of emotions) svg.append(element('line', { x1: x0, x2: x0 + width, y1: y + emotionY(value), y2: y + emotionY(value), stroke: value === 0 ? '#8a949e' : '#eceff2', 'stroke-dasharray': value === 0 ? '4 3' : '' }));
  const points = curvePoints(stageEmotions(map), width);
  if (points.length > 1) svg.append(element('polyline', { points: points.map((p) => `${x0 + p.x},${y + p.y}`).join(' '), fill: 'none', stroke: colours.accent, 'stroke-width': 2.5 }));
  for (const p of points) svg.append(element('circle', { cx: x0 + p.x, cy: y + p.y, r: 5, fill: colours.accent }));
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== '') node.setAttribute(key, String(value));
  return node;
}

function addText(svg: SVGElement, text: string, x: number, y: number, attributes: Record<string, string | number> = {}): void {
  const node = element('text', { x, y, fill: colours.text, ...attributes });
  node.textContent = text;
  svg.append(node);
}

/** Lines of at most ~30 characters (11px text in a 200px column), cut with "…" past `maxLines`. */
function addWrapped(svg: SVGElement, text: string, x: number, top: number, maxLines: number, attributes: Record<string, string | number> = {}): void {
  wrap(text, 30, Math.max(1, maxLines)).forEach((part, index) => addText(svg, part, x, top + line * (index + 1) - 2, attributes));
}

export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width) current = next;
    else {
      if (current) lines.push(current);
      current = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    }
  }
  if (current) lines.push(current);
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), clip(lines.slice(maxLines - 1).join(' '), width)] : lines;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
