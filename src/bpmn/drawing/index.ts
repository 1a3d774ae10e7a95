import DeferredPlanes from './DeferredPlanes';

export { default as DeferredPlanes } from './DeferredPlanes';

/** An import draws the diagram shown first and the collapsed sub-processes' planes after it (DeferredPlanes). */
export const deferredPlanesModule = {
  __init__: ['deferredPlanes'],
  deferredPlanes: ['type', DeferredPlanes],
};
