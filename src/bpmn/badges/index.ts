import StepBadges from './StepBadges';
import './badges.css';

export { default as StepBadges, visibilityChangedEvent, type StepBadgesConfig } from './StepBadges';

/**
 * Badges under each step (documents, fields typed by hand, in-person visit, approval), for the
 * Modeler and the read-only viewer alike. Switch them with `editor.get('stepBadges').setVisible(…)`;
 * `{ stepBadges: { visible: false } }` in the editor options starts them hidden.
 *
 * Needs the diagram-js `overlays` service, which Viewer, NavigatedViewer and Modeler all load (a
 * `__depends__` on diagram-js/lib/features/overlays would trip our lint's `**\/features/**` pattern).
 */
export const stepBadgesModule = {
  __init__: ['stepBadges'],
  stepBadges: ['type', StepBadges],
};
