import type { Plugin } from 'vite';
import { replaceEach, rewriteDependency } from './rewriteDependency.ts';

/**
 * saxen (the XML parser under bpmn-moddle, 11.x) works out the line of every warning by counting the
 * line breaks from the start of the file. A file with many warnings pays for each: the 2.9 MB angina
 * file of the shared corpus (61 duplicate ids, on lines 13,000 to 34,000) spends 60-90 ms of each parse
 * on it, and the import parses it twice at once, in the checks' worker and in the drawing. The parser
 * warns in document order, so the count is carried on from the last position asked for; a position
 * before it counts from the start, as before. Same lines, columns and text (saxenParseContext.test.ts
 * compares them with saxen's own over the shared corpus).
 */
const counting = `    function getParseContext() {
      var splitsRe = /(\\r\\n|\\r|\\n)/g;

      var line = 0;
      var column = 0;
      var startOfLine = 0;
      var endOfLine = j;
      var match;
      var data;

      while (i >= startOfLine) {`;

const carriedOn = `    var countedLines = 0, countedUpTo = 0;

    function getParseContext() {
      var splitsRe = /(\\r\\n|\\r|\\n)/g;

      var line = 0;
      var column = 0;
      var startOfLine = 0;
      var endOfLine = j;
      var match;
      var data;

      if (i >= countedUpTo) {
        line = countedLines;
        startOfLine = countedUpTo;
        splitsRe.lastIndex = countedUpTo;
      }

      while (i >= startOfLine) {`;

const counted = `        startOfLine = endOfLine;
      }
`;

const remembered = `        startOfLine = endOfLine;
      }

      if (i >= 0) {
        countedLines = line;
        countedUpTo = startOfLine;
      }
`;

/** saxen's source with the line count carried on between warnings; throws when saxen changed, so the build says so. */
export function carryLineCountOn(source: string): string {
  return replaceEach(source, [[counting, carriedOn], [counted, remembered]], 'saxen');
}

/** The build's plugin: rewrites saxen wherever it is bundled (the page and the checks' worker). */
export const saxenParseContext = (): Plugin => rewriteDependency('saxen-parse-context', /[\\/]node_modules[\\/]saxen[\\/]dist[\\/]index\.js$/, carryLineCountOn);
