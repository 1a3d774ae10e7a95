import LintMarkers from './LintMarkers';
import './lint.css';

export { default as LintMarkers, type MarkedProblem } from './LintMarkers';

/** `lintMarkers`: marks elements with problems; the Modeler and the read-only viewer alike. */
export const lintMarkersModule = {
  lintMarkers: ['type', LintMarkers],
};
