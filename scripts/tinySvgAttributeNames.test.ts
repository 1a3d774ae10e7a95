// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rememberAttributeNames } from './tinySvgAttributeNames';

const source = readFileSync(createRequire(import.meta.url).resolve('tiny-svg'), 'utf8');

type Attr = (node: SVGElement, attrs: Record<string, unknown>) => SVGElement;

/** tiny-svg from `text`, run as a function (its one export statement made its return) in this test's DOM. */
function tinySvg(text: string): { attr: Attr; create: (name: string) => SVGElement } {
  const body = text.replace(/^\/\/# sourceMappingURL=.*$/m, '').replace(/^export \{([^}]*)\};$/m, 'return {$1};');
  return new Function(body)() as { attr: Attr; create: (name: string) => SVGElement };
}

/** What bpmn-js's renderers set, in both spellings, with a length given as a number and a name past the remembered ones. */
const attributeSets: Record<string, unknown>[] = [
  { x: 0, y: 0, width: 100, height: 80, rx: 10, ry: 10 },
  { stroke: '#22242a', strokeWidth: 2, fill: 'white', fillOpacity: 0.95, strokeLinecap: 'round', strokeLinejoin: 'round' },
  { 'stroke-width': 1.5, 'stroke-dasharray': '5, 5', 'pointer-events': 'none', fontSize: 12, fontFamily: 'Arial', fontWeight: 'bold' },
  { d: 'M 0 0 L 10 10', markerEnd: 'url(#end)', class: 'djs-visual', transform: 'matrix(1 0 0 1 10 20)', textAnchor: 'middle' },
];

describe('tiny-svg with the attribute names remembered', () => {
  it('sets the attributes and styles tiny-svg sets, the first time and again', () => {
    // given
    const [original, rewritten] = [tinySvg(source), tinySvg(rememberAttributeNames(source))];
    const drawn = (svg: typeof original) =>
      [...attributeSets, ...attributeSets].map((attrs) => svg.attr(svg.create('rect'), attrs).outerHTML);

    // when
    const ours = drawn(rewritten);

    // then
    expect(ours).toEqual(drawn(original));
    expect(ours[1]).toContain('stroke-width: 2px');
  });

  it('converts names past the thousand it remembers as tiny-svg does', () => {
    // given
    const rewritten = tinySvg(rememberAttributeNames(source));
    const names = Array.from({ length: 1010 }, (_, index) => `dataPoint${index}`);

    // when
    const node = rewritten.attr(rewritten.create('g'), Object.fromEntries(names.map((name) => [name, '1'])));
    rewritten.attr(node, { strokeWidth: 3 });

    // then
    expect(node.getAttribute('dataPoint1009')).toBe('1');
    expect(node.style.getPropertyValue('stroke-width')).toBe('3px');
  });

  it('stops the build when tiny-svg no longer converts the names as the rewrite expects', () => {
    expect(() => rememberAttributeNames(source.replace("'$1-$2'", "'$1_$2'"))).toThrow(/tiny-svg changed/);
  });
});
