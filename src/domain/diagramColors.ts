import namedColors from 'color-name';
import type { ModdleElement } from 'bpmn-moddle';
import { planeElementsOf } from './moddleLists';

/**
 * The diagram attributes bpmn-js paints with: fill and stroke of shapes and edges in bpmn.io's and
 * the OMG's colour extensions, and the label colour. Their value goes into the SVG as it is, so a
 * `url(https://…)` in a file would make the browser fetch that address on every draw.
 */
export const colorAttributes = ['bioc:fill', 'bioc:stroke', 'color:background-color', 'color:border-color', 'color:color'] as const;

const hex = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const number = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:%|deg)?`;
const colorFunction = new RegExp(String.raw`^(?:rgb|hsl)a?\(\s*${number}(?:(?:\s*[,/]\s*|\s+)${number}){2,3}\s*\)$`, 'i');

/** A hex colour, rgb()/rgba()/hsl()/hsla() of numbers, or a CSS colour name: nothing that can point anywhere. */
export function isColor(value: string): boolean {
  const trimmed = value.trim();
  return hex.test(trimmed) || colorFunction.test(trimmed) || trimmed.toLowerCase() === 'transparent' || Object.hasOwn(namedColors, trimmed.toLowerCase());
}

export interface DroppedColor {
  elementId: string;
  attribute: string;
  value: string;
}

/** Removes every colour attribute of the diagrams that is not a colour; returns what it removed. */
export function dropInvalidColors(definitions: ModdleElement): DroppedColor[] {
  const dropped: DroppedColor[] = [];
  for (const element of planeElementsOf(definitions)) {
    const label = element.get('label') as ModdleElement | undefined;
    for (const target of label ? [element, label] : [element]) {
      for (const attribute of colorAttributes) {
        const value: unknown = target.get(attribute);
        if (value === undefined || (typeof value === 'string' && isColor(value))) continue;
        target.set(attribute, undefined);
        dropped.push({ elementId: String(element.get('id') ?? ''), attribute, value: String(value) });
      }
    }
  }
  return dropped;
}
