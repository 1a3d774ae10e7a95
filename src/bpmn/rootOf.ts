import type { Element } from 'diagram-js/lib/model/Types';

/** The root an element is drawn under: the process's, or a collapsed sub-process's plane (diagram-js's `findRoot` without its lookup). */
export function rootOf(element: Element): Element {
  let root = element;
  while (root.parent) root = root.parent;
  return root;
}
