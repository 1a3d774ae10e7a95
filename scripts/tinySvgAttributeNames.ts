import type { Plugin } from 'vite';
import { replaceEach, rewriteDependency } from './rewriteDependency.ts';

/**
 * tiny-svg (diagram-js's SVG helper, 4.x) turns every attribute name it sets from camel case into the CSS
 * property's (`strokeWidth` → `stroke-width`) with a regular expression and a lower-casing, both making a new
 * string, before it looks the name up: for each attribute of each element drawn. Drawing the 2.9 MB angina file
 * sets some 100,000; in Chromium the conversion was half of tiny-svg's time (20,000 rects of 11 attributes: 500 ms,
 * 150–230 ms with the names remembered). The rewrite remembers each name's conversion; bpmn-js and diagram-js set
 * a few dozen names, and a name past the first thousand is converted as before, never remembered.
 */
const converted = `  var hyphenated = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();`;

const remembered = `  var hyphenated = hyphenatedNames.get(name);

  if (hyphenated === undefined) {
    hyphenated = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

    if (hyphenatedNames.size < 1000) {
      hyphenatedNames.set(name, hyphenated);
    }
  }`;

const setter = `function setAttribute(node, name, value) {`;

const withMemory = `var hyphenatedNames = new Map();

function setAttribute(node, name, value) {`;

/** tiny-svg's source with the names' conversions remembered; throws when tiny-svg changed, so the build says so. */
export function rememberAttributeNames(source: string): string {
  return replaceEach(source, [[setter, withMemory], [converted, remembered]], 'tiny-svg');
}

/** The build's plugin: rewrites tiny-svg where the page bundles it (the drawing; no worker draws). */
export const tinySvgAttributeNames = (): Plugin => rewriteDependency('tiny-svg-attribute-names', /[\\/]node_modules[\\/]tiny-svg[\\/]dist[\\/]index\.js$/, rememberAttributeNames);
