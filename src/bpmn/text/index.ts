import CachedTextRenderer from './CachedTextRenderer';

/** bpmn-js's `textRenderer`, laying each distinct label out once per editor (CachedTextRenderer). */
export const cachedTextModule = {
  textRenderer: ['type', CachedTextRenderer],
};
