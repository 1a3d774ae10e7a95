import type { Plugin } from 'vite';
import { replaceEach, rewriteDependency } from './rewriteDependency.ts';

/**
 * bpmn-js's importer (18.x) lists every flow element under the process shown, to learn which collapsed
 * sub-processes' diagrams it imports too, by concatenating a new list for each element: a copy of all
 * listed so far per element, quadratic in the process's size (3.2 s of the import of 20,000 nodes in
 * Chromium). The rewrite adds each element to one list, in the same order.
 */
const concatenated = `function selfAndAllFlowElements(elements) {
  var result = [];

  forEach(elements, function(element) {
    if (!element) {
      return;
    }

    result.push(element);

    result = result.concat(selfAndAllFlowElements(element.flowElements));
  });

  return result;
}`;

const appended = `function selfAndAllFlowElements(elements, result) {
  result = result || [];

  forEach(elements, function(element) {
    if (!element) {
      return;
    }

    result.push(element);

    selfAndAllFlowElements(element.flowElements, result);
  });

  return result;
}`;

/** The importer's source with the flow elements listed into one list; throws when bpmn-js changed, so the build says so. */
export function listFlowElementsOnce(source: string): string {
  return replaceEach(source, [[concatenated, appended]], 'bpmn-js Importer');
}

/** The build's plugin: rewrites bpmn-js's importer wherever it is bundled. */
export const bpmnImporterFlowElements = (): Plugin =>
  rewriteDependency('bpmn-importer-flow-elements', /[\\/]node_modules[\\/]bpmn-js[\\/]lib[\\/]import[\\/]Importer\.js$/, listFlowElementsOnce);
