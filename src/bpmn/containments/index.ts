import MinimalMoveGraphicsFactory from './MinimalMoveGraphicsFactory';

/** Replaces diagram-js's `graphicsFactory` (same name) with one that reorders a container's children in the fewest moves. */
export const minimalMoveContainmentsModule = {
  graphicsFactory: ['type', MinimalMoveGraphicsFactory],
};
