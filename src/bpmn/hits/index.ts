import DeferredHits from './DeferredHits';

export { default as DeferredHits } from './DeferredHits';

/** An import draws first and makes the elements' hit areas after it (DeferredHits). */
export const deferredHitsModule = {
  __init__: ['deferredHits'],
  deferredHits: ['type', DeferredHits],
};
