import SaveTracking from './SaveTracking';

/** Tells this editor's saves what its changes touch, so a save rewrites only that (`SaveTracking`). */
export const saveTrackingModule = {
  __init__: ['saveTracking'],
  saveTracking: ['type', SaveTracking],
};
